<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../ui/chartexport.cpp" line="38"/>
        <source>the whole chart, everyone shown</source>
        <translation>seluruh bagan, semua orang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/chartexport.cpp" line="39"/>
        <source>the chart as shown, collapsed boxes collapsed</source>
        <translation>bagan seperti yang ditampilkan, kotak yang diciutkan tetap diciutkan</translation>
    </message>
    <message>
        <location filename="../../ui/chartexport.cpp" line="40"/>
        <source>&quot;%1&quot; and everyone below</source>
        <translation>&quot;%1&quot; dan semua orang di bawahnya</translation>
    </message>
    <message>
        <location filename="../../ui/chartexport.cpp" line="62"/>
        <source>no one in the chart has the id &quot;%1&quot;</source>
        <translation>tidak ada seorang pun di bagan dengan id &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/chartexport.cpp" line="146"/>
        <source>cannot write %1: the name must end in .svg, .png or .pdf</source>
        <translation>tidak dapat menulis %1: nama harus berakhiran .svg, .png, atau .pdf</translation>
    </message>
    <message>
        <location filename="../../ui/atomicfile.cpp" line="12"/>
        <location filename="../../ui/atomicfile.cpp" line="19"/>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>ChartScene</name>
    <message>
        <location filename="../../ui/chartscene.cpp" line="380"/>
        <source>reports to</source>
        <translation>melapor kepada</translation>
    </message>
    <message>
        <location filename="../../ui/chartscene.cpp" line="382"/>
        <source>collaborates with</source>
        <translation>bekerja sama dengan</translation>
    </message>
    <message>
        <location filename="../../ui/chartscene.cpp" line="496"/>
        <source> Together on: </source>
        <translation> Bersama dalam: </translation>
    </message>
    <message>
        <location filename="../../ui/chartscene.cpp" line="499"/>
        <source>Organisation chart</source>
        <translation>Bagan organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/chartscene.cpp" line="501"/>
        <source> — small company</source>
        <translation> — perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/chartscene.cpp" line="501"/>
        <source> — large company</source>
        <translation> — perusahaan besar</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/chartview.cpp" line="51"/>
        <source>Organisation chart</source>
        <translation>Bagan organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="673"/>
        <source>Small company → large company:
</source>
        <translation>Perusahaan kecil → perusahaan besar:
</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="675"/>
        <source>Show the people below (%1)</source>
        <translation>Tampilkan orang di bawahnya (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="676"/>
        <source>Hide the people below</source>
        <translation>Sembunyikan orang di bawahnya</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="25"/>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="34"/>
        <source>Comparison</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="38"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="39"/>
        <source>Copy the table as text and as an HTML table (Ctrl+C)</source>
        <translation>Salin tabel sebagai teks dan sebagai tabel HTML (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="40"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="41"/>
        <source>Save the table as CSV or Markdown</source>
        <translation>Simpan tabel sebagai CSV atau Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="79"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="85"/>
        <source>Export Comparison</source>
        <translation>Ekspor Perbandingan</translation>
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="86"/>
        <source>CSV (*.csv);;Markdown (*.md)</source>
        <translation>CSV (*.csv);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../model/comparemodel.cpp" line="62"/>
        <source>nobody</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="82"/>
        <source>not described by the source</source>
        <translation>tidak dijelaskan oleh sumber</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="86"/>
        <source>Reports to</source>
        <translation>Melapor kepada</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="87"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="88"/>
        <source>In a small company</source>
        <translation>Di perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="89"/>
        <source>In a large company</source>
        <translation>Di perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="90"/>
        <source>Responsibilities</source>
        <translation>Tanggung jawab</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="93"/>
        <source>Collaborates with</source>
        <translation>Bekerja sama dengan</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="94"/>
        <source>On what</source>
        <translation>Dalam hal apa</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="95"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="102"/>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="103"/>
        <source>Manager</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="104"/>
        <source>Direct reports</source>
        <translation>Bawahan langsung</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="105"/>
        <source>Everyone below</source>
        <translation>Semua orang di bawahnya</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="58"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="114"/>
        <source>Compare side by side…</source>
        <translation>Bandingkan berdampingan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpanel.cpp" line="131"/>
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="141"/>
        <source>Held by (%1)</source>
        <translation>Dijabat oleh (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="141"/>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="142"/>
        <source>Reports to</source>
        <translation>Melapor kepada</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="142"/>
        <source>nobody: the top of the chart</source>
        <translation>tidak ada: puncak bagan</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="143"/>
        <source>Direct reports (%1)</source>
        <translation>Bawahan langsung (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="143"/>
        <source>Direct reports</source>
        <translation>Bawahan langsung</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="144"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="146"/>
        <source>Everyone below</source>
        <translation>Semua orang di bawahnya</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="155"/>
        <source>Responsibilities</source>
        <translation>Tanggung jawab</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="168"/>
        <source>Works with %1</source>
        <translation>Bekerja sama dengan %1</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="172"/>
        <source>They work together on:</source>
        <translation>Mereka bekerja sama dalam:</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="176"/>
        <source>Small company vs large company</source>
        <translation>Perusahaan kecil vs perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="183"/>
        <source>Small company</source>
        <translation>Perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="183"/>
        <source>Large company</source>
        <translation>Perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="184"/>
        <source> (shown)</source>
        <translation> (ditampilkan)</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="188"/>
        <source>The source does not say how this role changes with the size of the company.</source>
        <translation>Sumber tidak menyebutkan bagaimana peran ini berubah menurut ukuran perusahaan.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="191"/>
        <source>What changes, small → large:</source>
        <translation>Yang berubah, kecil → besar:</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="196"/>
        <source>Good to know</source>
        <translation>Perlu diketahui</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="202"/>
        <source>%1 and %2: %3</source>
        <translation>%1 dan %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="206"/>
        <source>Where they work together</source>
        <translation>Tempat mereka bekerja sama</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="209"/>
        <source>Organisation chart</source>
        <translation>Bagan organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="213"/>
        <source>Click a box on the chart, or a dashed collaboration link, to see the details.</source>
        <translation>Klik kotak pada bagan, atau garis putus-putus kerja sama, untuk melihat rinciannya.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="224"/>
        <location filename="../../ui/detailpanel.cpp" line="227"/>
        <source>On this chart</source>
        <translation>Di bagan ini</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="228"/>
        <source>%1 people</source>
        <translation>%1 orang</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpanel.cpp" line="229"/>
        <source>%n at the top</source>
        <translation>
            <numerusform>%n di puncak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpanel.cpp" line="230"/>
        <source>%n levels deep</source>
        <translation>
            <numerusform>%n tingkat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="16"/>
        <source>The &amp;whole chart, everyone shown</source>
        <translation>&amp;Seluruh bagan, semua orang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="17"/>
        <source>Only what the window &amp;shows (collapsed boxes stay collapsed)</source>
        <translation>Hanya yang &amp;tampil di jendela (kotak yang diciutkan tetap diciutkan)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="18"/>
        <source>The selected box and everyone &amp;below (select a box first)</source>
        <translation>Kotak yang dipilih dan semua orang di &amp;bawahnya (pilih kotak dahulu)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="19"/>
        <source>%1 and everyone &amp;below</source>
        <translation>%1 dan semua orang di &amp;bawahnya</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="21"/>
        <source>&amp;Transparent background</source>
        <translation>Latar &amp;transparan</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="22"/>
        <source>&amp;Tile over several pages at a readable size, with page numbers</source>
        <translation>&amp;Bagi ke beberapa halaman dengan ukuran yang terbaca, dengan nomor halaman</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="26"/>
        <source>Export %1</source>
        <translation>Ekspor %1</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="29"/>
        <source>1× (as on screen)</source>
        <translation>1× (seperti di layar)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="30"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="31"/>
        <source>4×</source>
        <translation>4×</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="39"/>
        <source>Export:</source>
        <translation>Ekspor:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="41"/>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="44"/>
        <source>Pages:</source>
        <translation>Halaman:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="48"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="75"/>
        <source>This exports %1.</source>
        <translation>Ini mengekspor %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="103"/>
        <source>Outline</source>
        <translation>Kerangka</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="153"/>
        <source>Opening… %p%</source>
        <translation>Membuka… %p%</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="154"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="155"/>
        <source>Stop opening the file and keep the chart shown</source>
        <translation>Berhenti membuka berkas dan pertahankan bagan yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="167"/>
        <source>Stopped opening %1</source>
        <translation>Berhenti membuka %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="174"/>
        <source>Click a role to see what it does; Ctrl+1 and Ctrl+2 switch the company size.</source>
        <translation>Klik sebuah peran untuk melihat tugasnya; Ctrl+1 dan Ctrl+2 mengganti ukuran perusahaan.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="184"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="185"/>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="188"/>
        <source>Open an organisation from a CSV or JSON file</source>
        <translation>Buka organisasi dari berkas CSV atau JSON</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="189"/>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rakhir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="192"/>
        <source>Open &amp;Built-in Leadership Chart</source>
        <translation>Buka Bagan &amp;Kepemimpinan Bawaan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="194"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="196"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="197"/>
        <source>Save the chart, in the company size shown, as SVG, PNG or PDF</source>
        <translation>Simpan bagan, dalam ukuran perusahaan yang ditampilkan, sebagai SVG, PNG, atau PDF</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="198"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="200"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Pratinjau Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="205"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="206"/>
        <source>&amp;About Org Chart Explorer</source>
        <translation>&amp;Tentang Org Chart Explorer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="208"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="209"/>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Salin Bagan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="210"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="211"/>
        <source>Copy the chart as shown, as an image and as SVG</source>
        <translation>Salin bagan seperti yang ditampilkan, sebagai gambar dan sebagai SVG</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="213"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="215"/>
        <source>&amp;Small Company</source>
        <translation>Perusahaan &amp;Kecil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="216"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="217"/>
        <source>Show the roles as they usually are in a small company</source>
        <translation>Tampilkan peran seperti biasanya di perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="218"/>
        <source>&amp;Large Company</source>
        <translation>Perusahaan &amp;Besar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="219"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="220"/>
        <source>Show the roles as they usually are in a large company</source>
        <translation>Tampilkan peran seperti biasanya di perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="234"/>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="238"/>
        <source>Company size:</source>
        <translation>Ukuran perusahaan:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="246"/>
        <source>Search names, titles, columns, duties (Ctrl+F)</source>
        <translation>Cari nama, jabatan, kolom, tugas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="250"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="304"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="307"/>
        <source>Exported %1</source>
        <translation>%1 diekspor</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="317"/>
        <source>Export Chart</source>
        <translation>Ekspor Bagan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="318"/>
        <source>SVG pictures (*.svg);;PNG images (*.png);;PDF documents (*.pdf)</source>
        <translation>Gambar SVG (*.svg);;Gambar PNG (*.png);;Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="336"/>
        <source>Copied the chart as an image and as SVG</source>
        <translation>Bagan disalin sebagai gambar dan sebagai SVG</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="368"/>
        <source>Zoom &amp;In</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="369"/>
        <source>Zoom &amp;Out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Sesuaikan dengan Jendela</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="370"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="371"/>
        <source>&amp;Centre on Selection</source>
        <translation>&amp;Pusatkan pada Pilihan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="371"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="374"/>
        <source>E&amp;xpand All</source>
        <translation>B&amp;uka Semua</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="375"/>
        <source>Co&amp;llapse All</source>
        <translation>&amp;Ciutkan Semua</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="390"/>
        <source>Co&amp;mpact Layout</source>
        <translation>Tata Letak &amp;Ringkas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="390"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="391"/>
        <source>Stack the reports of a manager in columns when none of them has reports</source>
        <translation>Tumpuk bawahan seorang atasan dalam kolom bila tak satu pun dari mereka memiliki bawahan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="392"/>
        <source>Show &amp;Changes Between Sizes</source>
        <translation>Tampilkan Perubahan &amp;Antarukuran</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="392"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="393"/>
        <source>Mark the roles that differ between a small and a large company</source>
        <translation>Tandai peran yang berbeda antara perusahaan kecil dan perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="394"/>
        <source>Left to &amp;Right</source>
        <translation>Kiri ke Ka&amp;nan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="394"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="395"/>
        <source>Draw managers to the left of their reports instead of above them</source>
        <translation>Gambar atasan di sebelah kiri bawahannya, bukan di atasnya</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="397"/>
        <source>Co&amp;mpare…</source>
        <translation>Ban&amp;dingkan…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="397"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="398"/>
        <source>The selected roles or people side by side (Ctrl+click selects several)</source>
        <translation>Peran atau orang yang dipilih secara berdampingan (Ctrl+klik memilih beberapa)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="400"/>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="404"/>
        <source>Find &amp;Next</source>
        <translation>Cari Beri&amp;kutnya</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="405"/>
        <source>Find Pre&amp;vious</source>
        <translation>Cari Se&amp;belumnya</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="455"/>
        <source>No matches</source>
        <translation>Tidak ada yang cocok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="456"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 dari %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="487"/>
        <source>Open Organisation</source>
        <translation>Buka Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="488"/>
        <source>Organisations (*.csv *.json);;CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>Organisasi (*.csv *.json);;Berkas CSV (*.csv);;Berkas JSON (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="498"/>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="512"/>
        <source>Cannot open file</source>
        <translation>Tidak dapat membuka berkas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="513"/>
        <source>%1 could not be opened. The chart shown stays as it was.</source>
        <translation>%1 tidak dapat dibuka. Bagan yang ditampilkan tetap seperti semula.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="531"/>
        <source>Opened %1: %n people</source>
        <translation>
            <numerusform>%1 dibuka: %n orang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="533"/>
        <source>Opened with warnings</source>
        <translation>Dibuka dengan peringatan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="534"/>
        <source>%1 was opened, with %n warning(s).</source>
        <translation>
            <numerusform>%1 dibuka, dengan %n peringatan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="553"/>
        <source>File changed</source>
        <translation>Berkas berubah</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="554"/>
        <source>%1 has changed on disk. Reload it?</source>
        <translation>%1 telah berubah di disk. Muat ulang?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="555"/>
        <source>&amp;Reload</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="556"/>
        <source>&amp;Keep the Chart Shown</source>
        <translation>&amp;Pertahankan Bagan yang Ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="601"/>
        <source>No recent files</source>
        <translation>Tidak ada berkas terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="607"/>
        <source>Leadership chart</source>
        <translation>Bagan kepemimpinan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="609"/>
        <source> — small company</source>
        <translation> — perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="609"/>
        <source> — large company</source>
        <translation> — perusahaan besar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="620"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="622"/>
        <source>small company</source>
        <translation>perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="622"/>
        <source>large company</source>
        <translation>perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="625"/>
        <source>selected: %1</source>
        <translation>dipilih: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="627"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n dipilih</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="641"/>
        <source>About Org Chart Explorer</source>
        <translation>Tentang Org Chart Explorer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="642"/>
        <source>&lt;h3&gt;Org Chart Explorer %1&lt;/h3&gt;&lt;p&gt;See who does what at the top of a company, and explore your own organisation.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;The built-in chart draws on the article &lt;i&gt;What is the difference between CEO, CPO, and CMO in the office world?&lt;/i&gt; by Bead IT Consultant, and the sources it cites:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Org Chart Explorer %1&lt;/h3&gt;&lt;p&gt;Lihat siapa mengerjakan apa di puncak perusahaan, dan jelajahi organisasi Anda sendiri.&lt;/p&gt;&lt;p&gt;Dirilis dengan lisensi MIT.&lt;/p&gt;&lt;p&gt;Bagan bawaan bersumber dari artikel &lt;i&gt;What is the difference between CEO, CPO, and CMO in the office world?&lt;/i&gt; oleh Bead IT Consultant, beserta sumber yang dikutipnya:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <location filename="../../model/orgchart.cpp" line="62"/>
        <source>entry %1 has no id</source>
        <translation>entri %1 tidak memiliki id</translation>
    </message>
    <message>
        <location filename="../../model/orgchart.cpp" line="66"/>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>id &quot;%1&quot; dipakai dua kali</translation>
    </message>
    <message>
        <location filename="../../model/orgchart.cpp" line="67"/>
        <source> (first on line %1)</source>
        <translation> (pertama di baris %1)</translation>
    </message>
    <message>
        <location filename="../../model/orgchart.cpp" line="85"/>
        <source>&quot;%1&quot; reports to &quot;%2&quot;, who is not in the chart; shown at the top</source>
        <translation>&quot;%1&quot; melapor kepada &quot;%2&quot;, yang tidak ada di bagan; ditampilkan di puncak</translation>
    </message>
    <message>
        <location filename="../../model/orgchart.cpp" line="133"/>
        <source>reporting cycle: %1 → %2</source>
        <translation>siklus pelaporan: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../model/orgchartcsv.cpp" line="85"/>
        <source>unterminated quoted field: the quote opened here is never closed</source>
        <translation>kolom berkutip tidak ditutup: tanda kutip yang dibuka di sini tidak pernah ditutup</translation>
    </message>
    <message>
        <location filename="../../model/orgchartcsv.cpp" line="97"/>
        <source>unexpected text after a closing quote</source>
        <translation>teks tak terduga setelah tanda kutip penutup</translation>
    </message>
    <message>
        <location filename="../../model/orgchartcsv.cpp" line="198"/>
        <source>missing the required column &quot;%1&quot;; the header has: %2</source>
        <translation>kolom wajib &quot;%1&quot; tidak ada; tajuk berisi: %2</translation>
    </message>
    <message>
        <location filename="../../model/orgchartcsv.cpp" line="201"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../model/orgchartcsv.cpp" line="215"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>diharapkan %1 kolom seperti pada tajuk, ditemukan %2</translation>
    </message>
    <message>
        <location filename="../../model/orgchartfile.cpp" line="67"/>
        <source>: the file is empty</source>
        <translation>: berkas kosong</translation>
    </message>
    <message>
        <location filename="../../model/orgchartfile.cpp" line="72"/>
        <source>:1: this is a binary file, not JSON or CSV text</source>
        <translation>:1: ini berkas biner, bukan teks JSON atau CSV</translation>
    </message>
    <message>
        <location filename="../../model/orgchartfile.cpp" line="81"/>
        <source>%1:%2:%3: invalid UTF-8; such bytes are shown as �</source>
        <translation>%1:%2:%3: UTF-8 tidak valid; bita seperti itu ditampilkan sebagai �</translation>
    </message>
    <message>
        <location filename="../../model/orgchartjson.cpp" line="149"/>
        <source>expected a JSON object with a &quot;nodes&quot; array</source>
        <translation>diharapkan objek JSON dengan larik &quot;nodes&quot;</translation>
    </message>
    <message>
        <location filename="../../model/orgchartjson.cpp" line="152"/>
        <source>missing the &quot;nodes&quot; array</source>
        <translation>larik &quot;nodes&quot; tidak ada</translation>
    </message>
    <message>
        <location filename="../../model/orgchartjson.cpp" line="184"/>
        <source>node %1 is not an object</source>
        <translation>simpul %1 bukan objek</translation>
    </message>
    <message>
        <location filename="../../model/orgchartjson.cpp" line="223"/>
        <source>%1: link &quot;%2&quot; does not join two nodes of the chart; left out</source>
        <translation>%1: tautan &quot;%2&quot; tidak menghubungkan dua simpul bagan; dilewati</translation>
    </message>
</context>
<context>
    <name>OrgChartModel</name>
    <message>
        <location filename="../../model/orgchartmodel.cpp" line="51"/>
        <source>Held by: %1 → %2</source>
        <translation>Dijabat oleh: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../model/orgchartmodel.cpp" line="53"/>
        <source>Focus: %1 → %2</source>
        <translation>Fokus: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../model/orgchartmodel.cpp" line="56"/>
        <source>Only in a small company: %1</source>
        <translation>Hanya di perusahaan kecil: %1</translation>
    </message>
    <message>
        <location filename="../../model/orgchartmodel.cpp" line="59"/>
        <source>Only in a large company: %1</source>
        <translation>Hanya di perusahaan besar: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="34"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="39"/>
        <source>small company</source>
        <translation>perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="39"/>
        <source>large company</source>
        <translation>perusahaan besar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="58"/>
        <source>no display to open a window on; use --export FILE to write the chart without one</source>
        <translation>tidak ada layar untuk membuka jendela; gunakan --export FILE untuk menulis bagan tanpa layar</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="75"/>
        <source>Explore who does what at the top of a company: the CEO, the CPO and the CMO, in a small or a large company.</source>
        <translation>Jelajahi siapa mengerjakan apa di puncak perusahaan: CEO, CPO, dan CMO, di perusahaan kecil atau besar.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="80"/>
        <source>Company size to show: small or large (default: the size chosen last time).</source>
        <translation>Ukuran perusahaan yang ditampilkan: small atau large (bawaan: ukuran yang terakhir dipilih).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="84"/>
        <source>Write the chart to &lt;file&gt; and exit, without a window: SVG, PNG or PDF, by the file&apos;s ending.</source>
        <translation>Tulis bagan ke &lt;file&gt; lalu keluar, tanpa jendela: SVG, PNG, atau PDF, menurut akhiran berkas.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="88"/>
        <source>What --export writes: all (everyone, the default), visible (what the window opens with) or subtree:ID (that box and everyone below).</source>
        <translation>Yang ditulis --export: all (semua orang, bawaan), visible (yang ditampilkan jendela saat dibuka) atau subtree:ID (kotak itu dan semua orang di bawahnya).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="100"/>
        <source>An organisation to open, as CSV or JSON (default: the built-in leadership chart).</source>
        <translation>Organisasi yang dibuka, sebagai CSV atau JSON (bawaan: bagan kepemimpinan bawaan).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="108"/>
        <source>--company takes &quot;small&quot; or &quot;large&quot;, not &quot;%1&quot;</source>
        <translation>--company menerima &quot;small&quot; atau &quot;large&quot;, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="113"/>
        <source>one file at a time, not %1; see --help</source>
        <translation>satu berkas sekaligus, bukan %1; lihat --help</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="130"/>
        <source>--scope takes all, visible or subtree:ID, not &quot;%1&quot;</source>
        <translation>--scope menerima all, visible, atau subtree:ID, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="92"/>
        <source>Language of the window and messages, e.g. id for Indonesian (default: the system&apos;s).</source>
        <translation>Bahasa jendela dan pesan, misalnya id untuk bahasa Indonesia (bawaan: bahasa sistem).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>BreadcrumbBar</name>
    <message>
        <location filename="../../ui/breadcrumbbar.cpp" line="20"/>
        <source>Select someone to see the way from the top</source>
        <translation>Pilih seseorang untuk melihat jalurnya dari puncak</translation>
    </message>
    <message>
        <location filename="../../ui/breadcrumbbar.cpp" line="24"/>
        <source>Path from the top</source>
        <translation>Jalur dari puncak</translation>
    </message>
    <message>
        <location filename="../../ui/breadcrumbbar.cpp" line="35"/>
        <source>Show Whole Chart</source>
        <translation>Tampilkan Seluruh Bagan</translation>
    </message>
    <message>
        <location filename="../../ui/breadcrumbbar.cpp" line="36"/>
        <source>Show everyone again, not only this team (Escape on the chart)</source>
        <translation>Tampilkan semua orang lagi, bukan hanya tim ini (Escape pada bagan)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/breadcrumbbar.cpp" line="98"/>
        <source>%n more step(s) between</source>
        <translation>
            <numerusform>%n langkah lagi di antaranya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/breadcrumbbar.cpp" line="117"/>
        <source>Click to show this person&apos;s team</source>
        <translation>Klik untuk menampilkan tim orang ini</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="44"/>
        <source>the whole chart, everyone shown</source>
        <translation>seluruh bagan, semua orang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="45"/>
        <source>the chart as shown, collapsed boxes collapsed</source>
        <translation>bagan seperti yang ditampilkan, kotak yang diciutkan tetap diciutkan</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="46"/>
        <source>&quot;%1&quot; and everyone below</source>
        <translation>&quot;%1&quot; dan semua orang di bawahnya</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="69"/>
        <source>no one in the chart has the id &quot;%1&quot;</source>
        <translation>tidak ada seorang pun di bagan dengan id &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="81"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="87"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="98"/>
        <source>the chart is %1 at %2</source>
        <translation>bagan berukuran %1 pada %2</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="101"/>
        <source>the most a PNG can hold is %1 px a side</source>
        <translation>PNG paling banyak memuat %1 px per sisi</translation>
    </message>
    <message>
        <location filename="../../ui/render/pngwriter.cpp" line="144"/>
        <source>there is no image to write</source>
        <translation>tidak ada gambar untuk ditulis</translation>
    </message>
    <message>
        <location filename="../../ui/render/pngwriter.cpp" line="150"/>
        <source>there is not enough memory to convert the image for PNG</source>
        <translation>memori tidak cukup untuk mengubah gambar menjadi PNG</translation>
    </message>
    <message>
        <location filename="../../ui/render/pngwriter.cpp" line="155"/>
        <source>the PNG writer could not start</source>
        <translation>penulis PNG tidak dapat dimulai</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="102"/>
        <source>a PNG is written with %1 million pixels at most, as many as an 8K screen shows</source>
        <translation>sebuah PNG ditulis dengan paling banyak %1 juta piksel, sebanyak yang ditampilkan layar 8K</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="107"/>
        <source>%1; %2, and at the %3 that allows its boxes would be under a pixel. Export it as PDF or SVG, or one team at a time</source>
        <translation>%1; %2, dan pada %3 yang diizinkan kotaknya akan lebih kecil dari satu piksel. Ekspor sebagai PDF atau SVG, atau satu tim setiap kali</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="119"/>
        <source>%1, but %2: written at %3 (%4) instead. For every name at a readable size, export as PDF or SVG</source>
        <translation>%1, tetapi %2: ditulis pada %3 (%4) sebagai gantinya. Agar setiap nama terbaca, ekspor sebagai PDF atau SVG</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="181"/>
        <source>cannot write %1: there is not enough memory for an image of %2</source>
        <translation>tidak dapat menulis %1: memori tidak cukup untuk gambar %2</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartexport.cpp" line="201"/>
        <source>cannot write %1: the name must end in .svg, .png or .pdf</source>
        <translation>tidak dapat menulis %1: nama harus berakhiran .svg, .png, atau .pdf</translation>
    </message>
    <message>
        <location filename="../../model/atomicfile.cpp" line="114"/>
        <location filename="../../model/atomicfile.cpp" line="124"/>
        <location filename="../../ui/render/chartexport.cpp" line="178"/>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/render/pagedexport.cpp" line="96"/>
        <source>It writes one page with the whole chart fitted to it, every name as text.</source>
        <translation>Ekspor ini menulis satu halaman berisi seluruh bagan yang dipaskan, setiap nama sebagai teks.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/render/pagedexport.cpp" line="97"/>
        <source>It writes %Ln pages: an overview that shows where each sheet goes, then %L1 sheets of a poster %L2 sheets wide and %L3 high, at a readable size.</source>
        <translation>
            <numerusform>Ekspor ini menulis %Ln halaman: ikhtisar yang menunjukkan letak setiap lembar, lalu %L1 lembar poster selebar %L2 lembar dan setinggi %L3 lembar, pada ukuran yang terbaca.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/render/pagedexport.cpp" line="105"/>
        <source>Left out as they would hold no box: %L1 of the %L2 sheets.</source>
        <translation>Dilewati karena tidak memuat kotak: %L1 dari %L2 lembar.</translation>
    </message>
    <message>
        <location filename="../../ui/render/pagedexport.cpp" line="110"/>
        <source>That is a lot of paper: consider fitting the chart to one page, or exporting one team at a time.</source>
        <translation>Itu banyak kertas: pertimbangkan memaskan bagan ke satu halaman, atau mengekspor satu tim setiap kali.</translation>
    </message>
    <message>
        <location filename="../../ui/render/pagedexport.cpp" line="154"/>
        <source>Overview: each numbered rectangle is the page that prints that part of the chart</source>
        <translation>Ikhtisar: setiap persegi bernomor adalah halaman yang mencetak bagian bagan tersebut</translation>
    </message>
    <message>
        <location filename="../../ui/render/pagedexport.cpp" line="216"/>
        <source>%1 — page 1 of %2, the overview</source>
        <translation>%1 — halaman 1 dari %2, ikhtisar</translation>
    </message>
    <message>
        <location filename="../../ui/render/pagedexport.cpp" line="222"/>
        <source>%1 — page %2 of %3 (row %4, column %5)</source>
        <translation>%1 — halaman %2 dari %3 (baris %4, kolom %5)</translation>
    </message>
</context>
<context>
    <name>ChartNavigation</name>
    <message>
        <location filename="../../ui/chartnavigation.cpp" line="18"/>
        <source>Overview</source>
        <translation>Ikhtisar</translation>
    </message>
    <message>
        <location filename="../../ui/chartnavigation.cpp" line="43"/>
        <source>&amp;Overview</source>
        <translation>Ik&amp;htisar</translation>
    </message>
    <message>
        <location filename="../../ui/chartnavigation.cpp" line="44"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../../ui/chartnavigation.cpp" line="45"/>
        <source>The whole chart in miniature: click or drag in it to move the view</source>
        <translation>Seluruh bagan dalam ukuran kecil: klik atau seret di dalamnya untuk memindahkan tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/chartnavigation.cpp" line="46"/>
        <source>Show Only This &amp;Team</source>
        <translation>Tampilkan Hanya &amp;Tim Ini</translation>
    </message>
    <message>
        <location filename="../../ui/chartnavigation.cpp" line="48"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../../ui/chartnavigation.cpp" line="49"/>
        <source>Show the selected person and everyone below them, nobody else</source>
        <translation>Tampilkan orang yang dipilih dan semua orang di bawahnya, tidak ada yang lain</translation>
    </message>
    <message>
        <location filename="../../ui/chartnavigation.cpp" line="50"/>
        <source>Show &amp;Whole Chart</source>
        <translation>Tampilkan Seluruh Ba&amp;gan</translation>
    </message>
    <message>
        <location filename="../../ui/chartnavigation.cpp" line="52"/>
        <source>Show everyone again after showing one team</source>
        <translation>Tampilkan semua orang lagi setelah menampilkan satu tim</translation>
    </message>
</context>
<context>
    <name>ChartScene</name>
    <message>
        <location filename="../../ui/render/chartscene.cpp" line="545"/>
        <source>reports to</source>
        <translation>melapor kepada</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartscene.cpp" line="547"/>
        <source>collaborates with</source>
        <translation>bekerja sama dengan</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartscene.cpp" line="553"/>
        <source>acting in the role</source>
        <translation>menjabat sementara</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartscene.cpp" line="555"/>
        <source>differs by company size</source>
        <translation>berbeda menurut ukuran perusahaan</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartscene.cpp" line="769"/>
        <source> Together on: </source>
        <translation> Bersama dalam: </translation>
    </message>
    <message>
        <location filename="../../ui/render/chartscene.cpp" line="772"/>
        <source>Organisation chart</source>
        <translation>Bagan organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartscene.cpp" line="774"/>
        <source> — small company</source>
        <translation> — perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/render/chartscene.cpp" line="774"/>
        <source> — large company</source>
        <translation> — perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/render/scenecategories.cpp" line="122"/>
        <location filename="../../ui/render/scenecategories.cpp" line="135"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/render/scenecategories.cpp" line="124"/>
        <source>%1: any other or none</source>
        <translation>%1: nilai lain atau kosong</translation>
    </message>
    <message>
        <location filename="../../ui/render/scenecategories.cpp" line="135"/>
        <source>none</source>
        <translation>kosong</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/chartview.cpp" line="73"/>
        <source>Organisation chart</source>
        <translation>Bagan organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/chartviewinput.cpp" line="105"/>
        <source>Small company → large company:
</source>
        <translation>Perusahaan kecil → perusahaan besar:
</translation>
    </message>
    <message>
        <location filename="../../ui/chartviewinput.cpp" line="107"/>
        <source>Show the people below (%1)</source>
        <translation>Tampilkan orang di bawahnya (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/chartviewinput.cpp" line="108"/>
        <source>Hide the people below</source>
        <translation>Sembunyikan orang di bawahnya</translation>
    </message>
</context>
<context>
    <name>ColourByMenu</name>
    <message>
        <location filename="../../ui/colourbymenu.cpp" line="81"/>
        <source>&amp;None</source>
        <translation>&amp;Tidak Ada</translation>
    </message>
    <message>
        <location filename="../../ui/colourbymenu.cpp" line="84"/>
        <source>This chart has no extra columns to colour by</source>
        <translation>Bagan ini tidak memiliki kolom tambahan untuk pewarnaan</translation>
    </message>
    <message>
        <location filename="../../ui/colourbymenu.cpp" line="85"/>
        <source>Colour the boxes by the values of a column of the file</source>
        <translation>Warnai kotak menurut nilai kolom pada berkas</translation>
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
        <location filename="../../model/comparemodel.cpp" line="79"/>
        <source>nobody</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="99"/>
        <source>not described by the source</source>
        <translation>tidak dijelaskan oleh sumber</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="103"/>
        <source>Reports to</source>
        <translation>Melapor kepada</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="104"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="105"/>
        <source>In a small company</source>
        <translation>Di perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="106"/>
        <source>In a large company</source>
        <translation>Di perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="107"/>
        <source>Responsibilities</source>
        <translation>Tanggung jawab</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="110"/>
        <source>Collaborates with</source>
        <translation>Bekerja sama dengan</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="111"/>
        <source>On what</source>
        <translation>Dalam hal apa</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="112"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="119"/>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="120"/>
        <source>Manager</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="121"/>
        <source>Direct reports</source>
        <translation>Bawahan langsung</translation>
    </message>
    <message>
        <location filename="../../model/comparemodel.cpp" line="122"/>
        <source>Everyone below</source>
        <translation>Semua orang di bawahnya</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="120"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="176"/>
        <source>Compare side by side…</source>
        <translation>Bandingkan berdampingan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpanel.cpp" line="193"/>
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="204"/>
        <source>Held by (%1)</source>
        <translation>Dijabat oleh (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="204"/>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="205"/>
        <source>Reports to</source>
        <translation>Melapor kepada</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="205"/>
        <source>nobody: the top of the chart</source>
        <translation>tidak ada: puncak bagan</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="206"/>
        <source>Direct reports (%1)</source>
        <translation>Bawahan langsung (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="206"/>
        <source>Direct reports</source>
        <translation>Bawahan langsung</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="207"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="209"/>
        <source>Everyone below</source>
        <translation>Semua orang di bawahnya</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="222"/>
        <source>Columns (%1)</source>
        <translation>Kolom (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="232"/>
        <source>Responsibilities</source>
        <translation>Tanggung jawab</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="245"/>
        <source>Works with %1</source>
        <translation>Bekerja sama dengan %1</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="249"/>
        <source>They work together on:</source>
        <translation>Mereka bekerja sama dalam:</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="253"/>
        <source>Small company vs large company</source>
        <translation>Perusahaan kecil vs perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="260"/>
        <source>Small company</source>
        <translation>Perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="260"/>
        <source>Large company</source>
        <translation>Perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="261"/>
        <source> (shown)</source>
        <translation> (ditampilkan)</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="265"/>
        <source>The source does not say how this role changes with the size of the company.</source>
        <translation>Sumber tidak menyebutkan bagaimana peran ini berubah menurut ukuran perusahaan.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="268"/>
        <source>What changes, small → large:</source>
        <translation>Yang berubah, kecil → besar:</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="273"/>
        <source>Good to know</source>
        <translation>Perlu diketahui</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="279"/>
        <source>%1 and %2: %3</source>
        <translation>%1 dan %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="283"/>
        <source>Where they work together</source>
        <translation>Tempat mereka bekerja sama</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="286"/>
        <source>Organisation chart</source>
        <translation>Bagan organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="290"/>
        <source>Click a box on the chart, or a dashed collaboration link, to see the details.</source>
        <translation>Klik kotak pada bagan, atau garis putus-putus kerja sama, untuk melihat rinciannya.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="301"/>
        <location filename="../../ui/detailpanel.cpp" line="303"/>
        <source>On this chart</source>
        <translation>Di bagan ini</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpanel.cpp" line="304"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln orang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpanel.cpp" line="305"/>
        <source>%n at the top</source>
        <translation>
            <numerusform>%n di puncak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpanel.cpp" line="306"/>
        <source>%n levels deep</source>
        <translation>
            <numerusform>%n tingkat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="24"/>
        <source>The &amp;whole chart, everyone shown</source>
        <translation>&amp;Seluruh bagan, semua orang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="25"/>
        <source>Only what the window &amp;shows (collapsed boxes stay collapsed)</source>
        <translation>Hanya yang &amp;tampil di jendela (kotak yang diciutkan tetap diciutkan)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="26"/>
        <source>The selected box and everyone &amp;below (select a box first)</source>
        <translation>Kotak yang dipilih dan semua orang di &amp;bawahnya (pilih kotak dahulu)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="27"/>
        <source>%1 and everyone &amp;below</source>
        <translation>%1 dan semua orang di &amp;bawahnya</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="30"/>
        <source>&amp;Transparent background</source>
        <translation>Latar &amp;transparan</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="31"/>
        <source>&amp;Tile over several pages at a readable size, with page numbers</source>
        <translation>&amp;Bagi ke beberapa halaman dengan ukuran yang terbaca, dengan nomor halaman</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="36"/>
        <source>Export %1</source>
        <translation>Ekspor %1</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="39"/>
        <source>1× (as on screen)</source>
        <translation>1× (seperti di layar)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="40"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="41"/>
        <source>4×</source>
        <translation>4×</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="49"/>
        <source>Export:</source>
        <translation>Ekspor:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="51"/>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="55"/>
        <source>Pages:</source>
        <translation>Halaman:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="66"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="70"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="98"/>
        <source>No preview: the chart is too big to draw here quickly.</source>
        <translation>Tanpa pratinjau: bagan terlalu besar untuk digambar di sini dengan cepat.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="98"/>
        <source>No preview.</source>
        <translation>Tanpa pratinjau.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="137"/>
        <source>This exports %1.</source>
        <translation>Ini mengekspor %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="42"/>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="44"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="44"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="44"/>
        <source>&amp;First name:</source>
        <translation>Nama &amp;depan:</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="44"/>
        <source>&amp;Last name:</source>
        <translation>Nama &amp;belakang:</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="44"/>
        <source>&amp;Title:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="44"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Atasan:</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="48"/>
        <source>Found from the header</source>
        <translation>Dicari dari baris judul</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="58"/>
        <source>The first rows of the file</source>
        <translation>Baris-baris pertama berkas</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="59"/>
        <source>The tree they make</source>
        <translation>Pohon yang dibentuknya</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="66"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="71"/>
        <source>Choose the column that holds each of these, or leave it to be found from the header. The first rows and the tree they make show what the file will give.</source>
        <translation>Pilih kolom yang memuat setiap data ini, atau biarkan dicari dari baris judul. Baris-baris pertama dan pohon yang dibentuknya menunjukkan hasil dari berkas ini.</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="118"/>
        <source>Rows read: %L1. At the top of the tree they make: %L2.</source>
        <translation>Baris yang dibaca: %L1. Di puncak pohon yang dibentuknya: %L2.</translation>
    </message>
    <message>
        <location filename="../../ui/importdialog.cpp" line="121"/>
        <source>On the command line: --map &quot;%1&quot;</source>
        <translation>Di baris perintah: --map &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="111"/>
        <location filename="../../ui/mainwindow.cpp" line="153"/>
        <source>Outline</source>
        <translation>Kerangka</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="187"/>
        <source>Opening… %p%</source>
        <translation>Membuka… %p%</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="188"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="189"/>
        <source>Stop opening the file and keep the chart shown</source>
        <translation>Berhenti membuka berkas dan pertahankan bagan yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="201"/>
        <source>Stopped opening %1</source>
        <translation>Berhenti membuka %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="206"/>
        <source>Click a role to see what it does; Ctrl+1 and Ctrl+2 switch the company size.</source>
        <translation>Klik sebuah peran untuk melihat tugasnya; Ctrl+1 dan Ctrl+2 mengganti ukuran perusahaan.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="216"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="220"/>
        <source>Open an organisation from a CSV or JSON file</source>
        <translation>Buka organisasi dari berkas CSV atau JSON</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="225"/>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rakhir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="228"/>
        <source>Open &amp;Built-in Leadership Chart</source>
        <translation>Buka Bagan &amp;Kepemimpinan Bawaan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="235"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="236"/>
        <source>Save the chart, in the company size shown, as SVG, PNG or PDF</source>
        <translation>Simpan bagan, dalam ukuran perusahaan yang ditampilkan, sebagai SVG, PNG, atau PDF</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="239"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Pratinjau Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="241"/>
        <source>&amp;Quit</source>
        <translation>Ke&amp;luar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="245"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Pintasan &amp;Keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="252"/>
        <source>&amp;About Org Chart Explorer</source>
        <translation>&amp;Tentang Org Chart Explorer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="254"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Salin Bagan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="256"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="257"/>
        <source>Copy the chart as shown, as an image and as SVG</source>
        <translation>Salin bagan seperti yang ditampilkan, sebagai gambar dan sebagai SVG</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="259"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Small Company</source>
        <translation>Perusahaan &amp;Kecil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="263"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="264"/>
        <source>Show the roles as they usually are in a small company</source>
        <translation>Tampilkan peran seperti biasanya di perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="265"/>
        <source>L&amp;arge Company</source>
        <translation>Perusahaan &amp;Besar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="384"/>
        <source>Zoom O&amp;ut</source>
        <translation>Perk&amp;ecil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="266"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="267"/>
        <source>Show the roles as they usually are in a large company</source>
        <translation>Tampilkan peran seperti biasanya di perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="289"/>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="293"/>
        <source>Company size:</source>
        <translation>Ukuran perusahaan:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="301"/>
        <source>Search names, titles, columns, duties (Ctrl+F)</source>
        <translation>Cari nama, jabatan, kolom, tugas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="305"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowexport.cpp" line="39"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowexport.cpp" line="43"/>
        <source>Exported %1</source>
        <translation>%1 diekspor</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowexport.cpp" line="45"/>
        <source>Exported %1: %2</source>
        <translation>Diekspor %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowexport.cpp" line="75"/>
        <source>Export Chart</source>
        <translation>Ekspor Bagan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowexport.cpp" line="76"/>
        <source>SVG pictures (*.svg);;PNG images (*.png);;PDF documents (*.pdf)</source>
        <translation>Gambar SVG (*.svg);;Gambar PNG (*.png);;Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowexport.cpp" line="128"/>
        <source>Copied the chart as an image and as SVG</source>
        <translation>Bagan disalin sebagai gambar dan sebagai SVG</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="383"/>
        <source>Zoom &amp;In</source>
        <translation>Perbesa&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="385"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Sesuaikan dengan Jendela</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="385"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="386"/>
        <source>&amp;Centre on Selection</source>
        <translation>&amp;Pusatkan pada Pilihan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="386"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="389"/>
        <source>E&amp;xpand All</source>
        <translation>B&amp;uka Semua</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="390"/>
        <source>Co&amp;llapse All</source>
        <translation>&amp;Ciutkan Semua</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="405"/>
        <source>Show C&amp;hanges Between Sizes</source>
        <translation>Tampilkan Perubahan &amp;Antarukuran</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="407"/>
        <source>La&amp;yout</source>
        <translation>Tata &amp;Letak</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="408"/>
        <source>Th&amp;eme</source>
        <translation>Tema &amp;Warna</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="414"/>
        <source>Fin&amp;d…</source>
        <translation>Car&amp;i…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindowfiles.cpp" line="129"/>
        <source>Opened %1: %Ln people</source>
        <translation>
            <numerusform>%1 dibuka: %Ln orang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="548"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln orang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="555"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln dipilih</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="434"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="405"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="406"/>
        <source>Mark the roles that differ between a small and a large company</source>
        <translation>Tandai peran yang berbeda antara perusahaan kecil dan perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="438"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="411"/>
        <source>Co&amp;mpare…</source>
        <translation>Ban&amp;dingkan…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="223"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="224"/>
        <source>Open an HR export, choosing which of its columns hold what</source>
        <translation>Buka ekspor HR, dengan memilih kolom mana memuat apa</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="230"/>
        <source>Save Organisation &amp;As…</source>
        <translation>&amp;Simpan Organisasi Sebagai…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="233"/>
        <source>Save the people, their managers and every column as JSON or CSV</source>
        <translation>Simpan orang-orangnya, atasan mereka, dan setiap kolom sebagai JSON atau CSV</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowexport.cpp" line="97"/>
        <source>Saving failed</source>
        <translation>Penyimpanan gagal</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowexport.cpp" line="100"/>
        <source>Saved %1</source>
        <translation>%1 disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowexport.cpp" line="106"/>
        <source>JSON, the program&apos;s own format (*.json)</source>
        <translation>JSON, format milik program ini (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowexport.cpp" line="106"/>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, untuk lembar kerja (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowexport.cpp" line="111"/>
        <source>Save Organisation</source>
        <translation>Simpan Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="409"/>
        <source>Colour &amp;By</source>
        <translation>Warnai Menurut K&amp;olom</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="411"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="412"/>
        <source>The selected roles or people side by side (Ctrl+click selects several)</source>
        <translation>Peran atau orang yang dipilih secara berdampingan (Ctrl+klik memilih beberapa)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="418"/>
        <source>Find &amp;Next</source>
        <translation>Cari Berikut&amp;nya</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="419"/>
        <source>Find Pre&amp;vious</source>
        <translation>Cari Sebelu&amp;mnya</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="434"/>
        <source>&amp;Compact</source>
        <translation>&amp;Ringkas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="435"/>
        <source>Teams in rows, wrapped rows or columns, so that the chart takes the shape of the window</source>
        <translation>Tim dalam baris, baris bersambung, atau kolom, sehingga bagan mengikuti bentuk jendela</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="436"/>
        <source>Classic &amp;Tree</source>
        <translation>&amp;Pohon Klasik</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="436"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="437"/>
        <source>Everyone at the same depth on one line</source>
        <translation>Semua orang pada kedalaman yang sama dalam satu garis</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Left to Right</source>
        <translation>&amp;Kiri ke Kanan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="439"/>
        <source>Managers to the left of their reports</source>
        <translation>Manajer di sebelah kiri bawahannya</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="512"/>
        <source>No matches</source>
        <translation>Tidak ada yang cocok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="513"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 dari %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="42"/>
        <source>Open Organisation</source>
        <translation>Buka Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="42"/>
        <source>Organisations (*.csv *.json);;CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>Organisasi (*.csv *.json);;Berkas CSV (*.csv);;Berkas JSON (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="49"/>
        <source>Import Organisation</source>
        <translation>Impor Organisasi</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="49"/>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Berkas CSV dan teks (*.csv *.tsv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="57"/>
        <source>Cannot import file</source>
        <translation>Tidak dapat mengimpor berkas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="83"/>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="101"/>
        <source>Read with the columns chosen before: --map &quot;%1&quot;. File &gt; Import… chooses them again.</source>
        <translation>Dibaca dengan kolom yang dipilih sebelumnya: --map &quot;%1&quot;. Berkas &gt; Impor… memilihnya lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="104"/>
        <source>Choose which columns of %1 hold what</source>
        <translation>Pilih kolom mana dari %1 yang memuat apa</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="109"/>
        <source>Cannot open file</source>
        <translation>Tidak dapat membuka berkas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="110"/>
        <source>%1 could not be opened. The chart shown stays as it was.</source>
        <translation>%1 tidak dapat dibuka. Bagan yang ditampilkan tetap seperti semula.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="131"/>
        <source>Opened with warnings</source>
        <translation>Dibuka dengan peringatan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindowfiles.cpp" line="132"/>
        <source>%1 was opened, with %n warning(s).</source>
        <translation>
            <numerusform>%1 dibuka, dengan %n peringatan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="151"/>
        <source>File changed</source>
        <translation>Berkas berubah</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="152"/>
        <source>%1 has changed on disk. Reload it?</source>
        <translation>%1 telah berubah di disk. Muat ulang?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="153"/>
        <source>&amp;Reload</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="154"/>
        <source>&amp;Keep the Chart Shown</source>
        <translation>&amp;Pertahankan Bagan yang Ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfiles.cpp" line="198"/>
        <source>No recent files</source>
        <translation>Tidak ada berkas terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="535"/>
        <source>Leadership chart</source>
        <translation>Bagan kepemimpinan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="537"/>
        <source> — small company</source>
        <translation> — perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="537"/>
        <source> — large company</source>
        <translation> — perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="550"/>
        <source>small company</source>
        <translation>perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="550"/>
        <source>large company</source>
        <translation>perusahaan besar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="553"/>
        <source>selected: %1</source>
        <translation>dipilih: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="569"/>
        <source>About Org Chart Explorer</source>
        <translation>Tentang Org Chart Explorer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="570"/>
        <source>&lt;h3&gt;Org Chart Explorer %1&lt;/h3&gt;&lt;p&gt;See who does what at the top of a company, and explore your own organisation.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;The built-in chart draws on the article &lt;i&gt;What is the difference between CEO, CPO, and CMO in the office world?&lt;/i&gt; by Bead IT Consultant, and the sources it cites:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Org Chart Explorer %1&lt;/h3&gt;&lt;p&gt;Lihat siapa mengerjakan apa di puncak perusahaan, dan jelajahi organisasi Anda sendiri.&lt;/p&gt;&lt;p&gt;Dirilis dengan lisensi MIT.&lt;/p&gt;&lt;p&gt;Bagan bawaan bersumber dari artikel &lt;i&gt;What is the difference between CEO, CPO, and CMO in the office world?&lt;/i&gt; oleh Bead IT Consultant, beserta sumber yang dikutipnya:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <location filename="../../model/orgchart.cpp" line="152"/>
        <source>entry %1 has no id</source>
        <translation>entri %1 tidak memiliki id</translation>
    </message>
    <message>
        <location filename="../../model/orgchart.cpp" line="156"/>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>id &quot;%1&quot; dipakai dua kali</translation>
    </message>
    <message>
        <location filename="../../model/orgchart.cpp" line="145"/>
        <source>: %1 entries, more than the %2 a chart can hold</source>
        <translation>: %1 entri, lebih dari %2 yang dapat dimuat sebuah bagan</translation>
    </message>
    <message>
        <location filename="../../model/orgchart.cpp" line="157"/>
        <source> (first on line %1)</source>
        <translation> (pertama di baris %1)</translation>
    </message>
    <message>
        <location filename="../../model/orgchart.cpp" line="184"/>
        <source>reporting cycle: %1 reports to itself</source>
        <translation>siklus pelaporan: %1 melapor kepada dirinya sendiri</translation>
    </message>
    <message>
        <location filename="../../model/csvmanagers.cpp" line="151"/>
        <location filename="../../model/orgchart.cpp" line="187"/>
        <source>&quot;%1&quot; reports to &quot;%2&quot;, who is not in the chart; shown at the top</source>
        <translation>&quot;%1&quot; melapor kepada &quot;%2&quot;, yang tidak ada di bagan; ditampilkan di puncak</translation>
    </message>
    <message>
        <location filename="../../model/csvmanagers.cpp" line="162"/>
        <source>&quot;%1&quot; reports to &quot;%2&quot;, but %3 people have that name (lines %4); shown at the top</source>
        <translation>&quot;%1&quot; melapor kepada &quot;%2&quot;, tetapi ada %3 orang dengan nama itu (baris %4); ditampilkan di puncak</translation>
    </message>
    <message>
        <location filename="../../model/csvmanagers.cpp" line="163"/>
        <source>&quot;%1&quot; reports to &quot;%2&quot;, but %3 people have that address (lines %4); shown at the top</source>
        <translation>&quot;%1&quot; melapor kepada &quot;%2&quot;, tetapi ada %3 orang dengan alamat itu (baris %4); ditampilkan di puncak</translation>
    </message>
    <message>
        <location filename="../../model/csvmanagers.cpp" line="183"/>
        <source>; the file has no id column, so the names serve as ids</source>
        <translation>; berkas tidak memiliki kolom id, jadi nama dipakai sebagai id</translation>
    </message>
    <message>
        <location filename="../../model/orgchart.cpp" line="235"/>
        <source>reporting cycle: %1 → %2</source>
        <translation>siklus pelaporan: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../model/csvreader.h" line="104"/>
        <source>unterminated quoted field: the quote opened here is never closed</source>
        <translation>kolom berkutip tidak ditutup: tanda kutip yang dibuka di sini tidak pernah ditutup</translation>
    </message>
    <message>
        <location filename="../../model/csvreader.h" line="116"/>
        <source>unexpected text after a closing quote</source>
        <translation>teks tak terduga setelah tanda kutip penutup</translation>
    </message>
    <message>
        <location filename="../../model/orgchartcsv.cpp" line="276"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../model/orgchartcsv.cpp" line="184"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>diharapkan %1 kolom seperti pada tajuk, ditemukan %2</translation>
    </message>
    <message>
        <location filename="../../model/orgchartcsv.cpp" line="193"/>
        <location filename="../../model/orgchartcsv.cpp" line="310"/>
        <source>more values in the extra columns than a chart can hold</source>
        <translation>nilai pada kolom tambahan lebih banyak daripada yang dapat dimuat sebuah bagan</translation>
    </message>
    <message>
        <location filename="../../model/orgchartfile.cpp" line="138"/>
        <source>%1:%2:%3: not UTF-8; read as Windows-1252 (Western European)</source>
        <translation>%1:%2:%3: bukan UTF-8; dibaca sebagai Windows-1252 (Eropa Barat)</translation>
    </message>
    <message>
        <location filename="../../model/orgchartfile.cpp" line="154"/>
        <source>: the file is empty</source>
        <translation>: berkas kosong</translation>
    </message>
    <message>
        <location filename="../../model/orgchartfile.cpp" line="159"/>
        <source>:1: this is a binary file, not JSON or CSV text</source>
        <translation>:1: ini berkas biner, bukan teks JSON atau CSV</translation>
    </message>
    <message>
        <location filename="../../model/orgchartfile.cpp" line="141"/>
        <source>%1:%2:%3: invalid UTF-8; such bytes are shown as �</source>
        <translation>%1:%2:%3: UTF-8 tidak valid; bita seperti itu ditampilkan sebagai �</translation>
    </message>
    <message>
        <location filename="../../model/orgchartjson.cpp" line="155"/>
        <source>expected a JSON object with a &quot;nodes&quot; array</source>
        <translation>diharapkan objek JSON dengan larik &quot;nodes&quot;</translation>
    </message>
    <message>
        <location filename="../../model/orgchartjson.cpp" line="158"/>
        <source>missing the &quot;nodes&quot; array</source>
        <translation>larik &quot;nodes&quot; tidak ada</translation>
    </message>
    <message>
        <location filename="../../model/orgchartjson.cpp" line="198"/>
        <source>node %1 is not an object</source>
        <translation>simpul %1 bukan objek</translation>
    </message>
    <message>
        <location filename="../../model/orgchartjson.cpp" line="236"/>
        <source>the link id &quot;%1&quot; is used twice (first on line %2)</source>
        <translation>id tautan &quot;%1&quot; dipakai dua kali (pertama di baris %2)</translation>
    </message>
    <message>
        <location filename="../../model/orgchartjson.cpp" line="245"/>
        <source>%1: link &quot;%2&quot; does not join two nodes of the chart; left out</source>
        <translation>%1: tautan &quot;%2&quot; tidak menghubungkan dua simpul bagan; dilewati</translation>
    </message>
    <message>
        <location filename="../../model/csvheader.cpp" line="85"/>
        <source>the column mapping names the column &quot;%1&quot;, which is not in the header; the header has: %2</source>
        <translation>pemetaan kolom menyebut kolom &quot;%1&quot;, yang tidak ada di tajuk; tajuk berisi: %2</translation>
    </message>
    <message>
        <location filename="../../model/csvheader.cpp" line="105"/>
        <source>&quot;id&quot; (or Employee ID, Employee Number, Personnel Number, Emp No)</source>
        <translation>&quot;id&quot; (atau Employee ID, Employee Number, Personnel Number, Emp No)</translation>
    </message>
    <message>
        <location filename="../../model/csvheader.cpp" line="107"/>
        <source>&quot;name&quot; (or Full Name, or First Name and Last Name)</source>
        <translation>&quot;name&quot; (atau Full Name, atau First Name dan Last Name)</translation>
    </message>
    <message>
        <location filename="../../model/csvheader.cpp" line="109"/>
        <source>&quot;title&quot; (or Job Title, Position)</source>
        <translation>&quot;title&quot; (atau Job Title, Position)</translation>
    </message>
    <message>
        <location filename="../../model/csvheader.cpp" line="111"/>
        <source>&quot;manager&quot; (or manager_id, reports_to, parent, Manager ID, Supervisor, Reports To, Manager Email)</source>
        <translation>&quot;manager&quot; (atau manager_id, reports_to, parent, Manager ID, Supervisor, Reports To, Manager Email)</translation>
    </message>
    <message>
        <location filename="../../model/csvheader.cpp" line="115"/>
        <source>missing the required column %1; the header has: %2</source>
        <translation>kolom wajib %1 tidak ada; tajuk berisi: %2</translation>
    </message>
    <message>
        <location filename="../../model/csvheader.cpp" line="116"/>
        <source>missing the required columns %1; the header has: %2</source>
        <translation>kolom wajib %1 tidak ada; tajuk berisi: %2</translation>
    </message>
    <message>
        <location filename="../../model/csvheader.cpp" line="164"/>
        <source>&quot;%1&quot; is not a column mapping: use id, name, first, last, title or manager, e.g. &quot;id=Emp No,manager=Boss&quot;</source>
        <translation>&quot;%1&quot; bukan pemetaan kolom: gunakan id, name, first, last, title atau manager, misalnya &quot;id=Emp No,manager=Boss&quot;</translation>
    </message>
    <message>
        <location filename="../../model/orgchartwriter.cpp" line="398"/>
        <source>cannot write %1: the name must end in .json or .csv</source>
        <translation>tidak dapat menulis %1: nama harus berakhiran .json atau .csv</translation>
    </message>
</context>
<context>
    <name>OrgChartModel</name>
    <message>
        <location filename="../../model/orgchartmodel.cpp" line="55"/>
        <source>Held by: %1 → %2</source>
        <translation>Dijabat oleh: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../model/orgchartmodel.cpp" line="57"/>
        <source>Focus: %1 → %2</source>
        <translation>Fokus: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../model/orgchartmodel.cpp" line="60"/>
        <source>Only in a small company: %1</source>
        <translation>Hanya di perusahaan kecil: %1</translation>
    </message>
    <message>
        <location filename="../../model/orgchartmodel.cpp" line="63"/>
        <source>Only in a large company: %1</source>
        <translation>Hanya di perusahaan besar: %1</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../ui/overviewwidget.cpp" line="21"/>
        <source>Overview</source>
        <translation>Ikhtisar</translation>
    </message>
    <message>
        <location filename="../../ui/overviewwidget.cpp" line="22"/>
        <source>The whole chart: click or drag to move the view</source>
        <translation>Seluruh bagan: klik atau seret untuk memindahkan tampilan</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="59"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="64"/>
        <source>small company</source>
        <translation>perusahaan kecil</translation>
    </message>
    <message>
        <location filename="../../ui/detailpanel.cpp" line="64"/>
        <source>large company</source>
        <translation>perusahaan besar</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="77"/>
        <source>Select the manager</source>
        <translation>Pilih atasannya</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="77"/>
        <source>Up</source>
        <translation>Panah Atas</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="78"/>
        <source>Select the first report, opening the box if needed</source>
        <translation>Pilih bawahan pertama, membuka kotaknya bila perlu</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="78"/>
        <source>Down</source>
        <translation>Panah Bawah</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="79"/>
        <source>Select the previous / next colleague</source>
        <translation>Pilih rekan sebelumnya / berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="79"/>
        <source>Left / Right</source>
        <translation>Panah Kiri / Kanan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="80"/>
        <source>Select the top of the chart</source>
        <translation>Pilih puncak bagan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="80"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="81"/>
        <source>Show / hide the reports of the selected box</source>
        <translation>Tampilkan / sembunyikan bawahan kotak yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="81"/>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="82"/>
        <source>Show the whole chart again after a team</source>
        <translation>Tampilkan lagi seluruh bagan setelah sebuah tim</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="82"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="83"/>
        <source>Add a box to the selection</source>
        <translation>Tambahkan kotak ke pilihan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="83"/>
        <source>Ctrl+click</source>
        <translation>Ctrl+klik</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="84"/>
        <source>Zoom in / out</source>
        <translation>Perbesar / perkecil</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="84"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+roda tetikus</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="85"/>
        <source>Move between the chart, the outline and the panel</source>
        <translation>Berpindah antara bagan, kerangka, dan panel</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="85"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="98"/>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="100"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="100"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="101"/>
        <source>Menus</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="101"/>
        <source>On the chart</source>
        <translation>Pada bagan</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="116"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="123"/>
        <source>Filter by action or key</source>
        <translation>Saring menurut tindakan atau tombol</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="125"/>
        <source>Filter</source>
        <translation>Saring</translation>
    </message>
</context>
<context>
    <name>SvgExport</name>
    <message>
        <location filename="../../ui/render/svgexport.cpp" line="105"/>
        <source>Responsibilities: %1.</source>
        <translation>Tanggung jawab: %1.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/apptheme.cpp" line="80"/>
        <source>&amp;System</source>
        <translation>&amp;Sistem</translation>
    </message>
    <message>
        <location filename="../../ui/apptheme.cpp" line="81"/>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <location filename="../../ui/apptheme.cpp" line="82"/>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
</context>
<context>
    <name>ZoomIndicator</name>
    <message>
        <location filename="../../ui/zoomindicator.cpp" line="21"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/zoomindicator.cpp" line="22"/>
        <source>Zoom: type a percentage and press Enter, or pick one</source>
        <translation>Zoom: ketik persentase lalu tekan Enter, atau pilih salah satu</translation>
    </message>
    <message>
        <location filename="../../ui/zoomindicator.cpp" line="25"/>
        <location filename="../../ui/zoomindicator.cpp" line="28"/>
        <location filename="../../ui/zoomindicator.cpp" line="48"/>
        <source>Fit</source>
        <translation>Paskan</translation>
    </message>
    <message>
        <location filename="../../ui/zoomindicator.cpp" line="42"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="96"/>
        <source>no display to open a window on; use --export FILE to write the chart without one</source>
        <translation>tidak ada layar untuk membuka jendela; gunakan --export FILE untuk menulis bagan tanpa layar</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="115"/>
        <source>Explore who does what at the top of a company: the CEO, the CPO and the CMO, in a small or a large company.</source>
        <translation>Jelajahi siapa mengerjakan apa di puncak perusahaan: CEO, CPO, dan CMO, di perusahaan kecil atau besar.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="120"/>
        <source>Company size to show: small or large (default: the size chosen last time).</source>
        <translation>Ukuran perusahaan yang ditampilkan: small atau large (bawaan: ukuran yang terakhir dipilih).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="62"/>
        <source>--scope chooses what a picture of the chart shows; %1 holds the whole organisation</source>
        <translation>--scope memilih apa yang ditampilkan gambar bagan; %1 memuat seluruh organisasi</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="67"/>
        <source>cannot write %1: the name must end in .svg, .png or .pdf (the chart), or .json or .csv (the organisation)</source>
        <translation>tidak dapat menulis %1: nama harus berakhiran .svg, .png, atau .pdf (bagan), atau .json atau .csv (organisasi)</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="80"/>
        <source>the built-in chart</source>
        <translation>bagan bawaan</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="82"/>
        <source>--colour-by: %1 has no extra columns to colour by</source>
        <translation>--colour-by: %1 tidak memiliki kolom tambahan untuk pewarnaan</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="83"/>
        <source>--colour-by: %1 has no column &quot;%2&quot;; its columns: %3</source>
        <translation>--colour-by: %1 tidak memiliki kolom &quot;%2&quot;; kolomnya: %3</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="124"/>
        <source>Write the chart to &lt;file&gt; and exit, without a window: SVG, PNG or PDF, by the file&apos;s ending; or the organisation itself as JSON or CSV (.json, .csv).</source>
        <translation>Tulis bagan ke &lt;file&gt; lalu keluar, tanpa jendela: SVG, PNG, atau PDF, menurut akhiran berkas; atau organisasinya sendiri sebagai JSON atau CSV (.json, .csv).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="129"/>
        <source>What --export writes: all (everyone, the default), visible (what the window opens with) or subtree:ID (that box and everyone below).</source>
        <translation>Yang ditulis --export: all (semua orang, bawaan), visible (yang ditampilkan jendela saat dibuka) atau subtree:ID (kotak itu dan semua orang di bawahnya).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="133"/>
        <source>How boxes are arranged: compact (teams shaped to fit the window or the page, the default), tree or left-right.</source>
        <translation>Cara kotak disusun: compact (tim dibentuk agar pas dengan jendela atau halaman, bawaan), tree, atau left-right.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="137"/>
        <source>How much of the chart opens, in the window and for --scope visible: all (everyone) or a number of levels (1: only the top); default: as many as fill the window.</source>
        <translation>Seberapa banyak bagan yang terbuka, di jendela dan untuk --scope visible: all (semua orang) atau jumlah tingkat (1: hanya puncak); bawaan: sebanyak yang memenuhi jendela.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="146"/>
        <source>Which CSV columns hold what, where the header does not say it plainly: e.g. &quot;id=Emp No,manager=Boss,name=Full Name,title=Role&quot; (keys: id, name, first, last, title, manager).</source>
        <translation>Kolom CSV mana berisi apa, bila tajuknya tidak menyatakannya dengan jelas: misalnya &quot;id=Emp No,manager=Boss,name=Full Name,title=Role&quot; (kunci: id, name, first, last, title, manager).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="151"/>
        <source>Colour the boxes by the values of an extra column of the file, e.g. department (as View &gt; Colour By does).</source>
        <translation>Warnai kotak menurut nilai kolom tambahan pada berkas, mis. department (seperti Tampilan &gt; Warnai Menurut Kolom).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="163"/>
        <source>An organisation to open, as CSV or JSON (default: the built-in leadership chart).</source>
        <translation>Organisasi yang dibuka, sebagai CSV atau JSON (bawaan: bagan kepemimpinan bawaan).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="171"/>
        <source>--company takes &quot;small&quot; or &quot;large&quot;, not &quot;%1&quot;</source>
        <translation>--company menerima &quot;small&quot; atau &quot;large&quot;, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="178"/>
        <source>--layout takes compact, tree or left-right, not &quot;%1&quot;</source>
        <translation>--layout menerima compact, tree, atau left-right, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="186"/>
        <source>--expand takes all or a number of levels from 1 up, not &quot;%1&quot;</source>
        <translation>--expand menerima all atau jumlah tingkat mulai dari 1, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="190"/>
        <source>one file at a time, not %1; see --help</source>
        <translation>satu berkas sekaligus, bukan %1; lihat --help</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="199"/>
        <source>--map names the columns of a CSV file: give the file too</source>
        <translation>--map menamai kolom berkas CSV: sebutkan juga berkasnya</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="211"/>
        <source>%1. Name the columns with --map, e.g. --map &quot;id=Emp No,name=Full Name,manager=Boss&quot;</source>
        <translation>%1. Namai kolom dengan --map, mis. --map &quot;id=Emp No,name=Full Name,manager=Boss&quot;</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="229"/>
        <source>--scope takes all, visible or subtree:ID, not &quot;%1&quot;</source>
        <translation>--scope menerima all, visible, atau subtree:ID, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="142"/>
        <source>Language of the window and messages, e.g. id for Indonesian (default: the system&apos;s).</source>
        <translation>Bahasa jendela dan pesan, misalnya id untuk bahasa Indonesia (bawaan: bahasa sistem).</translation>
    </message>
</context>
</TS>

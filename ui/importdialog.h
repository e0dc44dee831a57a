#pragma once

#include "csvpreview.h"

#include <QDialog>

#include <array>

class OrgChartModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeView;

// File > Import…, and what opens instead of an error when a CSV's header is not understood: pick
// the column of each role, and see the first rows and the tree they make before opening the file.
// The mapping is remembered for files with the same header.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int previewRows = 50;

    ImportDialog(const QString &path, CsvPreview preview, const CsvColumnMapping &initial, QWidget *parent = nullptr);

    CsvColumnMapping mapping() const;
    const QStringList &header() const { return m_preview.header; }

    // The start of the file, as the dialog shows it; its error says why it cannot be read.
    static CsvPreview readPreview(const QString &path);
    // The mapping last chosen for files with this header; empty if none.
    static CsvColumnMapping remembered(const QStringList &header);
    static void remember(const QStringList &header, const CsvColumnMapping &mapping);

private:
    void showRows();
    void updateTree();

    QString m_path;
    CsvPreview m_preview;
    std::array<QComboBox *, 6> m_roles{}; // id, name, first name, last name, title, manager
    QTableWidget *m_rows;
    QTreeView *m_tree;
    OrgChartModel *m_model;
    QLabel *m_status;
    QLabel *m_commandLine;
    QPushButton *m_open;
};

#pragma once

#include "chartexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;

// Asks what to export and how, for the format the file name ends in; says which part it exports.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // subtreeName/subtreeId: the selected box, or empty when nothing is selected.
    ExportDialog(const QString &fileName, const QString &subtreeName, const QString &subtreeId, QWidget *parent = nullptr);
    ExportRequest request() const;

private:
    void describe();

    QString m_subtreeId;
    QRadioButton *m_all;
    QRadioButton *m_visible;
    QRadioButton *m_subtree;
    QComboBox *m_scale;
    QCheckBox *m_transparent;
    QCheckBox *m_tiled;
    QLabel *m_summary;
};

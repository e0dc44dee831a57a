#pragma once

#include "pagedexport.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;

// Asks what to export and how, for the format the file name ends in; says which part it exports.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // How a PDF export would go on pages, as the writer will do it (planPdfPages()).
    using PagePlanner = std::function<PagePlan(const ExportRequest &request)>;
    // The SVG the export would write, for the preview; empty when the chart is too big to preview.
    using SvgSource = std::function<QByteArray(const ExportRequest &request)>;

    // subtreeName/subtreeId: the selected box, or empty when nothing is selected. planPages, for
    // a PDF: says how many pages it writes.
    ExportDialog(const QString &fileName, const QString &subtreeName, const QString &subtreeId, QWidget *parent = nullptr,
                 PagePlanner planPages = {});
    ExportRequest request() const;
    QString summary() const; // what the dialog says the export will do

    // Shows a picture of what will be written, drawn by Qt Svg from the export's own SVG, and
    // keeps it up to date as the choices change.
    void setPreviewSource(SvgSource source);
    QLabel *preview() const { return m_preview; }

private:
    void describe();
    void updatePreview();

    QString m_subtreeId;
    PagePlanner m_planPages;
    SvgSource m_svgSource;
    bool m_pdf = false;
    QRadioButton *m_all;
    QRadioButton *m_visible;
    QRadioButton *m_subtree;
    QComboBox *m_scale;
    QCheckBox *m_transparent;
    QCheckBox *m_tiled;
    QLabel *m_summary;
    QLabel *m_preview;
};

#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class OrgChartModel;

// Roles or people side by side: one column each, one row per aspect (reports to, scope,
// responsibilities, …), so that the same aspect lines up across them.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        DiffersRole = Qt::UserRole, // bool: the cells of this row are not all the same
    };
    Q_ENUM(Role)

    explicit CompareModel(QObject *parent = nullptr);

    void setSource(OrgChartModel *source);
    // The nodes to compare; empty compares the top of the chart and its first reports, up to
    // defaultReports of them (for the built-in chart: the CEO, the CPO and the CMO).
    void setNodes(const QList<int> &nodes);
    static constexpr int defaultReports = 3;
    const QList<int> &nodes() const { return m_nodes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The table as text, with the aspect names in the first column and the headers in the first row.
    QString toTsv() const;
    QString toHtml() const;
    QString toCsv() const;
    QString toMarkdown() const;

private:
    void rebuild();
    QList<QStringList> grid() const; // headers and cells, row by row, whole
    QString columnTitle(int section) const;

    QPointer<OrgChartModel> m_source;
    QList<int> m_nodes;
    QStringList m_aspects;
    QList<QStringList> m_cells; // [aspect][column]
    QList<bool> m_differs;
};

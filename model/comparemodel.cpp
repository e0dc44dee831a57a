#include "comparemodel.h"

#include "orgchartmodel.h"

#include <QLocale>

#include <algorithm>

namespace {

// What a cell or a column's title shows of a text; copies and exports keep it whole. A name of
// 100,000 characters, wrapped in a cell, made a row thousands of lines tall and seconds to size.
QString shown(const QString &text)
{
    constexpr qsizetype longest = 1000;
    if (text.size() <= longest)
        return text;
    return text.left(text[longest - 1].isHighSurrogate() ? longest - 1 : longest) + QChar(0x2026);
}

} // namespace

CompareModel::CompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompareModel::setSource(OrgChartModel *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_nodes.clear();
    if (m_source) {
        connect(m_source, &OrgChartModel::companySizeChanged, this, &CompareModel::rebuild);
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] { setNodes({}); });
    }
    rebuild();
}

void CompareModel::setNodes(const QList<int> &nodes)
{
    m_nodes = nodes;
    rebuild();
}

void CompareModel::rebuild()
{
    beginResetModel();
    m_aspects.clear();
    m_cells.clear();
    m_differs.clear();
    if (m_source && m_nodes.isEmpty()) {
        const QModelIndex top = m_source->index(0, 0);
        if (top.isValid()) {
            m_nodes << m_source->nodeForIndex(top);
            // A few columns to read side by side, not one per report of a top with thousands.
            for (int row = 0; row < std::min(m_source->rowCount(top), defaultReports); ++row)
                m_nodes << m_source->nodeForIndex(m_source->index(row, 0, top));
        }
    }
    if (!m_source || m_nodes.isEmpty()) {
        endResetModel();
        return;
    }

    const OrgChart &chart = m_source->chart();
    const bool roles = std::all_of(m_nodes.begin(), m_nodes.end(), [&](int n) { return chart.nodes[size_t(n)].detail != nullptr; });
    const QLocale locale;
    const auto addAspect = [&](const QString &aspect, const auto &cellOf) {
        QStringList row;
        for (int node : std::as_const(m_nodes))
            row << cellOf(node, m_source->indexForNode(node));
        m_aspects << aspect;
        m_differs << (row.count(row.first()) != row.size());
        m_cells << row;
    };
    const auto manager = [&](int, const QModelIndex &index) {
        return index.parent().isValid() ? index.parent().data(Qt::DisplayRole).toString() : tr("nobody");
    };

    if (roles) {
        const auto linked = [&](int node, bool points) {
            QStringList out;
            for (const Link &link : chart.links) {
                if (link.from != node && link.to != node)
                    continue;
                if (points)
                    out += link.points;
                else
                    out << m_source->indexForNode(link.from == node ? link.to : link.from).data(OrgChartModel::HeadingRole).toString();
            }
            return out.join(u'\n');
        };
        const auto holder = [&](CompanySize size) {
            return [&, size](int node, const QModelIndex &) {
                const SizeVariant &variant = chart.nodes[size_t(node)].detail->variant(size);
                if (!variant.present)
                    return tr("not described by the source");
                return variant.holder.isEmpty() ? variant.description : variant.holder + QStringLiteral(": ") + variant.description;
            };
        };
        addAspect(tr("Reports to"), manager);
        addAspect(tr("Scope"), [](int, const QModelIndex &index) { return index.data(OrgChartModel::SummaryRole).toString(); });
        addAspect(tr("In a small company"), holder(CompanySize::Small));
        addAspect(tr("In a large company"), holder(CompanySize::Large));
        addAspect(tr("Responsibilities"), [](int, const QModelIndex &index) {
            return index.data(OrgChartModel::ResponsibilitiesRole).toStringList().join(u'\n');
        });
        addAspect(tr("Collaborates with"), [&](int node, const QModelIndex &) { return linked(node, false); });
        addAspect(tr("On what"), [&](int node, const QModelIndex &) { return linked(node, true); });
        addAspect(tr("Sources"), [](int, const QModelIndex &index) {
            QStringList names;
            for (const QString &line : index.data(OrgChartModel::SourcesRole).toStringList())
                names << line.section(QStringLiteral(" — "), 0, 0);
            return names.join(u'\n');
        });
    } else {
        addAspect(tr("Title"), [](int, const QModelIndex &index) { return index.data(OrgChartModel::TitleRole).toString(); });
        addAspect(tr("Manager"), manager);
        addAspect(tr("Direct reports"), [&](int, const QModelIndex &index) { return locale.toString(m_source->rowCount(index)); });
        addAspect(tr("Everyone below"), [&](int, const QModelIndex &index) {
            return locale.toString(index.data(OrgChartModel::DescendantCountRole).toInt());
        });
        for (qsizetype column = 0; column < chart.fieldNames.size(); ++column)
            addAspect(chart.fieldNames[column], [&, column](int node, const QModelIndex &) { return chart.field(node, column); });
    }
    endResetModel();
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_aspects.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_aspects.isEmpty() ? 0 : int(m_nodes.size());
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return shown(m_cells[index.row()][index.column()]);
    case DiffersRole:
        return m_differs[index.row()];
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_aspects.size() ? m_aspects[section] : QVariant();
    if (section >= m_nodes.size() || !m_source)
        return {};
    return shown(columnTitle(section));
}

QString CompareModel::columnTitle(int section) const
{
    if (section < 0 || section >= m_nodes.size() || !m_source)
        return {};
    return m_source->indexForNode(m_nodes[section]).data(Qt::DisplayRole).toString();
}

QList<QStringList> CompareModel::grid() const
{
    QList<QStringList> rows;
    QStringList header{QString()};
    for (int column = 0; column < columnCount(); ++column)
        header << columnTitle(column);
    rows << header;
    for (int row = 0; row < rowCount(); ++row)
        rows << (QStringList{m_aspects[row]} + m_cells[row]);
    return rows;
}

QString CompareModel::toTsv() const
{
    QString text;
    for (QStringList row : grid()) {
        for (QString &cell : row)
            cell.replace(u'\t', u' ').replace(u'\n', QStringLiteral("; "));
        text += row.join(u'\t') + u'\n';
    }
    return text;
}

QString CompareModel::toHtml() const
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
    const QList<QStringList> rows = grid();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const bool head = r == 0 || c == 0;
            const bool differs = r > 0 && c > 0 && m_differs[r - 1];
            html += (head ? QStringLiteral("<th>") : differs ? QStringLiteral("<td><strong>") : QStringLiteral("<td>"))
                    + rows[r][c].toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))
                    + (head ? QStringLiteral("</th>") : differs ? QStringLiteral("</strong></td>") : QStringLiteral("</td>"));
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString CompareModel::toCsv() const
{
    QString text;
    for (QStringList row : grid()) {
        for (QString &cell : row)
            if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
                cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
        text += row.join(u',') + QStringLiteral("\r\n");
    }
    return text;
}

QString CompareModel::toMarkdown() const
{
    QString text;
    const QList<QStringList> rows = grid();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            QString cell = rows[r][c];
            cell.replace(u'|', QStringLiteral("\\|")).replace(u'\n', QStringLiteral("<br>"));
            if (r > 0 && c > 0 && m_differs[r - 1] && !cell.isEmpty())
                cell = QStringLiteral("**") + cell + QStringLiteral("**");
            cells << cell;
        }
        text += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (r == 0)
            text += QStringLiteral("|") + QStringLiteral(" --- |").repeated(cells.size()) + u'\n';
    }
    return text;
}

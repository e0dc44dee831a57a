#include "orgchartmodel.h"

#include <QMetaEnum>

#include <algorithm>
#include <utility>

OrgChartModel::OrgChartModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void OrgChartModel::setChart(OrgChart chart)
{
    beginResetModel();
    m_chart = std::move(chart);
    m_hasSizeVariants = m_chart.hasSizeVariants();
    m_searchText.clear();
    m_matches.clear();
    m_matchingLinks.clear();
    m_isMatch.assign(m_chart.nodes.size(), NoMatch);
    endResetModel();
}

bool OrgChartModel::nodeMatches(int n, const QString &text) const
{
    const OrgNode &node = m_chart.nodes[size_t(n)];
    const auto has = [&](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
    const auto anyHas = [&](const QStringList &fields) { return std::any_of(fields.begin(), fields.end(), has); };
    if (has(node.name) || has(node.title))
        return true;
    for (qsizetype column = 0; column < m_chart.fieldNames.size(); ++column)
        if (has(m_chart.field(n, column)))
            return true;
    const RoleDetail *detail = node.detail.get();
    if (!detail)
        return false;
    if (has(detail->abbreviation) || anyHas(detail->responsibilities))
        return true;
    const SizeVariant &variant = detail->variant(m_companySize); // the duties of the size shown
    return has(variant.holder) || anyHas(variant.responsibilities);
}

QStringList OrgChartModel::sizeChanges(const OrgNode &node) const
{
    QStringList changes;
    const RoleDetail *detail = node.detail.get();
    if (!detail)
        return changes;
    const SizeVariant &small = detail->variant(CompanySize::Small);
    const SizeVariant &large = detail->variant(CompanySize::Large);
    const auto held = [&](const SizeVariant &variant) { return variant.holder.isEmpty() ? node.name : variant.holder; };
    const auto focus = [&](const SizeVariant &variant) { return variant.focus.isEmpty() ? detail->focus : variant.focus; };
    if (held(small) != held(large))
        changes << tr("Held by: %1 → %2").arg(held(small), held(large));
    if (focus(small) != focus(large))
        changes << tr("Focus: %1 → %2").arg(focus(small), focus(large));
    for (const QString &duty : small.responsibilities)
        if (!large.responsibilities.contains(duty))
            changes << tr("Only in a small company: %1").arg(duty);
    for (const QString &duty : large.responsibilities)
        if (!small.responsibilities.contains(duty))
            changes << tr("Only in a large company: %1").arg(duty);
    return changes;
}

void OrgChartModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    runSearch();
}

void OrgChartModel::runSearch()
{
    const std::vector<Match> before = std::exchange(m_isMatch, {});
    m_matches.clear();
    m_matchingLinks.clear();
    m_isMatch.assign(m_chart.nodes.size(), NoMatch);
    const QString &text = m_searchText;
    if (!text.isEmpty()) {
        // Collaborations on the duty: both ends take part in it.
        for (size_t i = 0; i < m_chart.links.size(); ++i) {
            const Link &link = m_chart.links[i];
            const auto has = [&](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
            if (has(link.label) || has(link.summary) || std::any_of(link.points.begin(), link.points.end(), has)) {
                m_matchingLinks.push_back(int(i));
                m_isMatch[size_t(link.from)] = m_isMatch[size_t(link.to)] = Collaborator;
            }
        }
        std::vector<int> stack(m_chart.roots.rbegin(), m_chart.roots.rend());
        while (!stack.empty()) {
            const int n = stack.back();
            stack.pop_back();
            const OrgNode &node = m_chart.nodes[size_t(n)];
            if (nodeMatches(n, text))
                m_isMatch[size_t(n)] = Owner;
            if (m_isMatch[size_t(n)] != NoMatch)
                m_matches.push_back(n);
            stack.insert(stack.end(), node.children.rbegin(), node.children.rend());
        }
    }
    std::vector<int> changed;
    for (size_t n = 0; n < m_isMatch.size(); ++n)
        if (n >= before.size() || before[n] != m_isMatch[n])
            changed.push_back(int(n));
    emitDataChanged(std::move(changed), {MatchRole, CollaboratorRole});
    Q_EMIT searchChanged();
}

QModelIndexList OrgChartModel::collaboratorIndexes() const
{
    QModelIndexList indexes;
    for (int node : m_matches)
        if (m_isMatch[size_t(node)] == Collaborator)
            indexes << indexForNode(node);
    return indexes;
}

QModelIndexList OrgChartModel::matchIndexes() const
{
    QModelIndexList indexes;
    indexes.reserve(qsizetype(m_matches.size()));
    for (int node : m_matches)
        indexes << indexForNode(node);
    return indexes;
}

void OrgChartModel::setCompanySize(CompanySize size)
{
    if (size == m_companySize)
        return;
    m_companySize = size;
    std::vector<int> varying; // the roles whose text or duties depend on the company's size
    for (size_t n = 0; n < m_chart.nodes.size(); ++n)
        if (const RoleDetail *detail = m_chart.nodes[n].detail.get(); detail && (detail->variants[0].present || detail->variants[1].present))
            varying.push_back(int(n));
    emitDataChanged(std::move(varying), {Qt::DisplayRole, SubtitleRole, FocusRole, HolderRole, ResponsibilitiesRole, ActingRole});
    if (!m_searchText.isEmpty()) // duties differ by size, and so do the matches
        runSearch();
    Q_EMIT companySizeChanged(size);
}

void OrgChartModel::emitDataChanged(std::vector<int> nodes, const QList<int> &roles)
{
    const auto place = [&](int n) { return std::pair(m_chart.nodes[size_t(n)].parent, m_chart.nodes[size_t(n)].row); };
    std::sort(nodes.begin(), nodes.end(), [&](int a, int b) { return place(a) < place(b); });
    for (size_t first = 0, last = 0; first < nodes.size(); first = ++last) {
        while (last + 1 < nodes.size() && place(nodes[last + 1]) == std::pair(place(nodes[last]).first, place(nodes[last]).second + 1))
            ++last;
        Q_EMIT dataChanged(indexForNode(nodes[first]), indexForNode(nodes[last]), roles);
    }
}

QModelIndex OrgChartModel::indexForNode(int node) const
{
    if (node < 0 || node >= int(m_chart.nodes.size()))
        return {};
    return createIndex(m_chart.nodes[size_t(node)].row, 0, quintptr(node));
}

int OrgChartModel::nodeForIndex(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex OrgChartModel::indexForId(const QString &id) const
{
    return indexForNode(m_chart.nodeOf(id));
}

QStringList OrgChartModel::sourceLines(const QStringList &sourceIds) const
{
    QStringList lines;
    for (const QString &id : sourceIds) {
        if (const Source *source = m_chart.source(id))
            lines << (source->citedFor.isEmpty() ? source->name : source->name + QStringLiteral(" — ") + source->citedFor);
    }
    return lines;
}

const std::vector<int> &OrgChartModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_chart.nodes[size_t(parent.internalId())].children : m_chart.roots;
}

// index() and hasChildren() answer without the virtual calls of hasIndex() and the default
// hasChildren(): a chart's scene asks them of every one of 100,000 people.
QModelIndex OrgChartModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0 || parent.column() > 0)
        return {};
    const std::vector<int> &children = childrenOf(parent);
    if (size_t(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

bool OrgChartModel::hasChildren(const QModelIndex &parent) const
{
    return parent.column() <= 0 && !childrenOf(parent).empty();
}

QModelIndex OrgChartModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexForNode(m_chart.nodes[size_t(child.internalId())].parent);
}

int OrgChartModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent).size());
}

int OrgChartModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const OrgNode *OrgChartModel::nodeAt(int node) const
{
    return node >= 0 && size_t(node) < m_chart.nodes.size() ? &m_chart.nodes[size_t(node)] : nullptr;
}

const SizeVariant &OrgChartModel::variantOf(const OrgNode &node) const
{
    static const SizeVariant noVariant;
    return node.detail ? node.detail->variant(m_companySize) : noVariant;
}

QString OrgChartModel::displayText(int n) const
{
    const OrgNode *node = nodeAt(n);
    if (!node)
        return {};
    if (!node->detail)
        return node->name;
    // Who holds the role at the size shown: "Product Manager — acting CPO".
    if (const QString &holder = node->detail->variant(m_companySize).holder; !holder.isEmpty())
        return holder;
    return node->detail->abbreviation.isEmpty() ? node->name : node->detail->abbreviation + QStringLiteral(" — ") + node->name;
}

QString OrgChartModel::heading(int n) const
{
    const OrgNode *node = nodeAt(n);
    if (!node)
        return {};
    return !node->detail || node->detail->abbreviation.isEmpty() ? node->name : node->detail->abbreviation;
}

QString OrgChartModel::subtitle(int n) const
{
    const OrgNode *node = nodeAt(n);
    if (!node)
        return {};
    if (const SizeVariant &variant = variantOf(*node); !variant.holder.isEmpty())
        return variant.holder;
    return !node->detail || node->detail->abbreviation.isEmpty() ? node->title : node->name;
}

QString OrgChartModel::focus(int n) const
{
    const OrgNode *node = nodeAt(n);
    if (!node)
        return {};
    if (const SizeVariant &variant = variantOf(*node); !variant.focus.isEmpty())
        return variant.focus;
    return node->detail ? node->detail->focus : m_chart.field(n, 0);
}

QString OrgChartModel::holder(int n) const
{
    const OrgNode *node = nodeAt(n);
    return node ? variantOf(*node).holder : QString();
}

QString OrgChartModel::summary(int n) const
{
    const OrgNode *node = nodeAt(n);
    return node && node->detail ? node->detail->summary : QString();
}

QStringList OrgChartModel::responsibilities(int n) const
{
    const OrgNode *node = nodeAt(n);
    return node && node->detail ? node->detail->responsibilities + variantOf(*node).responsibilities : QStringList();
}

bool OrgChartModel::isActing(int n) const
{
    const OrgNode *node = nodeAt(n);
    return node && variantOf(*node).acting;
}

QVariant OrgChartModel::data(const QModelIndex &index, int role) const
{
    // What checkIndex() would check, without its calls of parent() and rowCount(): an export asks
    // this of every role of every one of 100,000 people.
    if (!index.isValid() || index.model() != this || index.column() != 0 || index.internalId() >= m_chart.nodes.size())
        return {};
    const int n = int(index.internalId());
    const OrgNode &node = m_chart.nodes[size_t(n)];
    const RoleDetail *detail = node.detail.get();
    const auto sizeDescription = [&](CompanySize size) {
        return detail ? detail->variant(size).description : QString();
    };

    switch (role) {
    case Qt::DisplayRole:
        return displayText(n);
    case Qt::ToolTipRole:
        if (detail && !detail->summary.isEmpty())
            return detail->summary;
        return node.title.isEmpty() ? node.name : node.name + QStringLiteral(" — ") + node.title;
    case SummaryRole:
        return summary(n);
    case Qt::AccessibleTextRole:
        return node.name;
    case IdRole:
        return node.id;
    case HeadingRole:
        return heading(n);
    case SubtitleRole:
        return subtitle(n);
    case FocusRole:
        return focus(n);
    case NameRole:
        return node.name;
    case AbbreviationRole:
        return detail ? detail->abbreviation : QString();
    case TitleRole:
        return node.title;
    case HolderRole:
        return holder(n);
    case ResponsibilitiesRole:
        return responsibilities(n);
    case NotesRole:
        return detail ? detail->notes : QStringList();
    case SmallCompanyRole:
        return sizeDescription(CompanySize::Small);
    case LargeCompanyRole:
        return sizeDescription(CompanySize::Large);
    case SourcesRole:
        return detail ? sourceLines(detail->sourceIds) : QStringList();
    case ActingRole:
        return isActing(n);
    case SizeChangesRole:
        return sizeChanges(node);
    case DescendantCountRole:
        return node.descendants;
    case MatchRole:
        return size_t(n) < m_isMatch.size() && m_isMatch[size_t(n)] != NoMatch;
    case CollaboratorRole:
        return size_t(n) < m_isMatch.size() && m_isMatch[size_t(n)] == Collaborator;
    case FieldsRole: {
        QVariantList fields;
        for (qsizetype column = 0; column < m_chart.fieldNames.size(); ++column)
            fields.append(QStringList{m_chart.fieldNames[column], m_chart.field(n, column)});
        return fields;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> OrgChartModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    const QMetaEnum roles = QMetaEnum::fromType<Role>();
    for (int i = 0; i < roles.keyCount(); ++i) {
        QByteArray name = roles.key(i);
        name.chop(4); // "Role"
        name[0] = char(std::tolower(name[0]));
        names.insert(roles.value(i), name);
    }
    return names;
}

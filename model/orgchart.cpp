#include "orgchart.h"

#include <QCoreApplication>
#include <algorithm>
#include <bit>
#include <future>
#include <system_error>

QString companySizeKey(CompanySize size)
{
    return size == CompanySize::Small ? QStringLiteral("small") : QStringLiteral("large");
}

std::optional<CompanySize> companySizeFromKey(const QString &key)
{
    if (key == QLatin1String("small"))
        return CompanySize::Small;
    if (key == QLatin1String("large"))
        return CompanySize::Large;
    return std::nullopt;
}

bool OrgChart::hasSizeVariants() const
{
    return std::any_of(nodes.begin(), nodes.end(), [](const OrgNode &node) {
        return node.detail && (node.detail->variants[0].present || node.detail->variants[1].present);
    });
}

QString OrgChart::abbreviation(int node) const
{
    const RoleDetail *detail = nodes[size_t(node)].detail.get();
    return detail ? detail->abbreviation : QString();
}

QString OrgChart::field(int node, qsizetype column) const
{
    if (node < 0 || column < 0 || column >= fieldNames.size())
        return {};
    const size_t at = size_t(node) * size_t(fieldNames.size()) + size_t(column);
    const int text = at < fieldValues.size() ? fieldValues[at] : -1;
    return text >= 0 ? fieldTexts.at(text) : QString();
}

void OrgChart::appendField(const QString &value)
{
    fieldValues.push_back(value.isEmpty() ? -1 : int(fieldTexts.size()));
    if (!value.isEmpty())
        fieldTexts << value;
}

int OrgChart::nodeOf(const QString &id) const
{
    return nodeById.find(id, nodes);
}

void IdIndex::reset(size_t count)
{
    Q_ASSERT(count <= maxCount);
    const size_t slots = std::bit_ceil(std::max<size_t>(16, 2 * count)); // at most half full: short probes
    m_slots.assign(slots, Slot());
    m_mask = slots - 1;
}

int IdIndex::find(const QString &id, const std::vector<OrgNode> &nodes) const
{
    if (m_slots.empty())
        return -1;
    const size_t hash = IdHash()(id);
    const auto tag = quint32(hash >> 32);
    for (size_t at = hash & m_mask;; at = (at + 1) & m_mask) {
        const Slot &slot = m_slots[at];
        if (slot.node < 0)
            return -1;
        if (slot.tag == tag && nodes[size_t(slot.node)].id == id)
            return slot.node;
    }
}

int IdIndex::insert(int node, const std::vector<OrgNode> &nodes)
{
    const QString &id = nodes[size_t(node)].id;
    const size_t hash = IdHash()(id);
    const auto tag = quint32(hash >> 32);
    for (size_t at = hash & m_mask;; at = (at + 1) & m_mask) {
        Slot &slot = m_slots[at];
        if (slot.node < 0) {
            slot = {tag, node};
            return -1;
        }
        if (slot.tag == tag && nodes[size_t(slot.node)].id == id)
            return slot.node;
    }
}

const Source *OrgChart::source(const QString &id) const
{
    const auto it = std::find_if(sources.begin(), sources.end(), [&](const Source &s) { return s.id == id; });
    return it == sources.end() ? nullptr : &*it;
}

void inTwoHalves(size_t count, const std::function<void(size_t from, size_t to)> &work)
{
    constexpr size_t worthAThread = 100000;
    if (count < worthAThread) {
        work(0, count);
        return;
    }
    std::future<void> other;
    try {
        other = std::async(std::launch::async, work, count / 2, count);
    } catch (const std::system_error &) { // no thread to be had: all on this one
        work(count / 2, count);
    }
    work(0, count / 2);
    if (other.valid())
        other.get();
}

QString nodeLocation(const QString &fileName, const OrgNode &node)
{
    return node.line > 0 ? QStringLiteral("%1:%2: ").arg(fileName).arg(node.line) : fileName + QStringLiteral(": ");
}

namespace {

// Each node's manager by id (-2: none named), found on two threads for a big chart: the lookups
// only read, and each is a cache miss or two into a table of everyone (1,000,000 people: 120 ms).
std::vector<int> findManagers(const OrgChart &chart)
{
    std::vector<int> managers(chart.nodes.size(), -2);
    inTwoHalves(chart.nodes.size(), [&](size_t from, size_t to) {
        for (size_t i = from; i < to && i < chart.managerIds.size(); ++i)
            if (!chart.managerIds[i].isEmpty())
                managers[i] = chart.nodeOf(chart.managerIds[i]);
    });
    return managers;
}

} // namespace

QString indexIds(OrgChart &chart, const QString &fileName)
{
    if (chart.nodes.size() > IdIndex::maxCount)
        return fileName + QCoreApplication::translate("OrgChart", ": %1 entries, more than the %2 a chart can hold")
                              .arg(qulonglong(chart.nodes.size()))
                              .arg(qulonglong(IdIndex::maxCount));
    chart.nodeById.reset(chart.nodes.size());
    for (int i = 0; i < int(chart.nodes.size()); ++i) {
        OrgNode &node = chart.nodes[size_t(i)];
        if (node.id.isEmpty())
            return nodeLocation(fileName, node) + QCoreApplication::translate("OrgChart", "entry %1 has no id").arg(i + 1);
        if (const int first = chart.nodeById.insert(i, chart.nodes); first >= 0)
        {
            const int firstLine = chart.nodes[size_t(first)].line;
            return nodeLocation(fileName, node) + QCoreApplication::translate("OrgChart", "the id \"%1\" is used twice").arg(node.id)
                   + (firstLine > 0 ? QCoreApplication::translate("OrgChart", " (first on line %1)").arg(firstLine) : QString());
        }
        node.parent = -1;
        node.children.clear();
    }
    return {};
}

QString buildTree(OrgChart &chart, const QString &fileName, QStringList &warnings)
{
    const QString error = indexIds(chart, fileName);
    return error.isEmpty() ? linkManagers(chart, fileName, warnings) : error;
}

QString linkManagers(OrgChart &chart, const QString &fileName, QStringList &warnings, std::vector<int> managers)
{
    chart.roots.clear();
    if (managers.size() != chart.nodes.size())
        managers = findManagers(chart);
    for (int i = 0; i < int(chart.nodes.size()); ++i) {
        OrgNode &node = chart.nodes[size_t(i)];
        const int manager = managers[size_t(i)];
        if (manager == -2) {
            chart.roots.push_back(i);
            continue;
        }
        if (manager == i) // the shortest reporting cycle
            return nodeLocation(fileName, node) + QCoreApplication::translate("OrgChart", "reporting cycle: %1 reports to itself").arg(node.id);
        if (manager < 0) {
            warnings << nodeLocation(fileName, node)
                            + QCoreApplication::translate("OrgChart", "\"%1\" reports to \"%2\", who is not in the chart; shown at the top")
                                  .arg(node.id, chart.managerIds[size_t(i)]);
            chart.roots.push_back(i);
            continue;
        }
        node.parent = manager;
        node.row = int(chart.nodes[size_t(manager)].children.size());
        chart.nodes[size_t(manager)].children.push_back(i);
    }
    for (int i = 0; i < int(chart.roots.size()); ++i)
        chart.nodes[size_t(chart.roots[size_t(i)])].row = i;
    chart.managerIds = {}; // resolved: no need to keep them

    // Everything reachable from a root is fine; whatever is left sits on a reporting cycle.
    std::vector<char> reached(chart.nodes.size(), 0);
    std::vector<int> order(chart.roots.begin(), chart.roots.end()); // breadth first
    chart.levels = order.empty() ? 0 : 1;
    for (size_t i = 0, levelEnd = order.size(); i < order.size(); ++i) {
        if (i == levelEnd) {
            ++chart.levels;
            levelEnd = order.size();
        }
        const int n = order[i];
        reached[size_t(n)] = 1;
        for (int child : chart.nodes[size_t(n)].children)
            order.push_back(child);
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        OrgNode &node = chart.nodes[size_t(*it)];
        node.descendants = 0;
        for (int child : node.children)
            node.descendants += 1 + chart.nodes[size_t(child)].descendants;
    }
    const auto unreached = std::find(reached.begin(), reached.end(), 0);
    if (unreached != reached.end()) {
        QStringList cycle;
        int n = int(unreached - reached.begin());
        std::vector<char> onPath(chart.nodes.size(), 0);
        while (!onPath[size_t(n)]) { // walk up until a node repeats: that node starts the cycle
            onPath[size_t(n)] = 1;
            n = chart.nodes[size_t(n)].parent;
        }
        const int start = n;
        do {
            cycle << chart.nodes[size_t(n)].id;
            n = chart.nodes[size_t(n)].parent;
        } while (n != start);
        return nodeLocation(fileName, chart.nodes[size_t(start)])
               + QCoreApplication::translate("OrgChart", "reporting cycle: %1 → %2").arg(cycle.join(QStringLiteral(" → ")), cycle.first());
    }
    return {};
}

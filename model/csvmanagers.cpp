#include "csvmanagers.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <unordered_map>

namespace {

enum class ManagerKind { Id, Name, Email };

// People by a key of theirs (a name, an address): open addressing, as IdIndex. People who share
// a key are chained behind the first, in file order, so that an ambiguous name is told with its lines.
class KeyTable
{
public:
    explicit KeyTable(std::vector<QString> keys)
        : m_keys(std::move(keys)), m_next(m_keys.size(), -1), m_last(m_keys.size(), -1)
    {
        const size_t slots = std::bit_ceil(std::max<size_t>(16, 2 * m_keys.size()));
        m_slots.assign(slots, -1);
        m_mask = slots - 1;
        for (int person = 0; person < int(m_keys.size()); ++person) {
            if (m_keys[size_t(person)].isEmpty())
                continue;
            int &slot = m_slots[this->slot(m_keys[size_t(person)])];
            if (slot < 0) {
                slot = m_last[size_t(person)] = person;
                continue;
            }
            m_next[size_t(m_last[size_t(slot)])] = person;
            m_last[size_t(slot)] = person;
        }
    }
    // The first person with the key, or -1.
    int find(const QString &key) const { return key.isEmpty() ? -1 : m_slots[slot(key)]; }
    // The next person with the same key, or -1.
    int next(int person) const { return m_next[size_t(person)]; }

private:
    size_t slot(const QString &key) const
    {
        size_t at = IdHash()(key) & m_mask;
        while (m_slots[at] >= 0 && m_keys[size_t(m_slots[at])] != key)
            at = (at + 1) & m_mask;
        return at;
    }

    std::vector<QString> m_keys;
    std::vector<int> m_next;
    std::vector<int> m_last; // for the first of each key: the last so far
    std::vector<int> m_slots;
    size_t m_mask = 0;
};

QString emailKey(const QString &address)
{
    return address.trimmed().toLower();
}

// Up to 1,024 manager values, spread over the file.
std::vector<QString> sampleManagers(const OrgChart &chart)
{
    constexpr size_t wanted = 1024;
    const std::vector<QString> &managers = chart.managerIds;
    const size_t stride = std::max<size_t>(1, managers.size() / wanted);
    std::vector<QString> sample;
    for (size_t i = 0; i < managers.size() && sample.size() < wanted; i += stride)
        if (!managers[i].isEmpty())
            sample.push_back(managers[i]);
    return sample;
}

// The kind of value that most of the sampled manager values are; ids when they all are (then
// nobody else is looked at), and on a tie.
ManagerKind detectKind(const OrgChart &chart, const CsvPeople &people)
{
    const std::vector<QString> sample = sampleManagers(chart);
    const auto ids = size_t(std::count_if(sample.begin(), sample.end(), [&](const QString &id) { return chart.nodeOf(id) >= 0; }));
    if (ids == sample.size())
        return ManagerKind::Id;
    struct Hit
    {
        size_t count = 0;
        bool matched = false;
    };
    std::unordered_map<QString, Hit, IdHash> names, emails;
    for (const QString &value : sample) {
        ++names[value].count;
        ++emails[emailKey(value)].count;
    }
    for (int person = 0; person < int(chart.nodes.size()); ++person) {
        if (const auto name = names.find(chart.nodes[size_t(person)].name.trimmed()); name != names.end())
            name->second.matched = true;
        if (people.emailField < 0)
            continue;
        if (const auto email = emails.find(emailKey(chart.field(person, people.emailField))); email != emails.end())
            email->second.matched = true;
    }
    const auto hits = [](const std::unordered_map<QString, Hit, IdHash> &values) {
        size_t count = 0;
        for (const auto &[value, hit] : values)
            count += hit.matched ? hit.count : 0;
        return count;
    };
    const size_t byName = hits(names), byEmail = hits(emails);
    if (byEmail > ids && byEmail >= byName)
        return ManagerKind::Email;
    return byName > ids ? ManagerKind::Name : ManagerKind::Id;
}

// "3, 8 and 12" for the people from `first` on with one key; at most ten lines, then "…".
QString linesOf(const KeyTable &table, const OrgChart &chart, int first, int &count)
{
    QStringList lines;
    count = 0;
    for (int person = first; person >= 0; person = table.next(person))
        if (++count <= 10)
            lines << QString::number(chart.nodes[size_t(person)].line);
    if (count > 10)
        lines << QStringLiteral("…");
    return lines.join(QStringLiteral(", "));
}

// Replaces names or addresses in managerIds by the ids of the people they name. One that names
// nobody, or several people, is a warning and leaves its report at the top.
void resolveManagers(OrgChart &chart, ManagerKind kind, qsizetype emailField, const QString &fileName, QStringList &warnings)
{
    std::vector<QString> keys(chart.nodes.size());
    for (int person = 0; person < int(keys.size()); ++person)
        keys[size_t(person)] = kind == ManagerKind::Name ? chart.nodes[size_t(person)].name.trimmed() : emailKey(chart.field(person, emailField));
    const KeyTable table(std::move(keys));
    std::unordered_map<int, std::pair<int, QString>> ambiguous; // first person → how many, their lines
    for (size_t person = 0; person < chart.nodes.size(); ++person) {
        QString &manager = chart.managerIds[person];
        if (manager.isEmpty())
            continue;
        const OrgNode &node = chart.nodes[person];
        const int first = table.find(kind == ManagerKind::Email ? emailKey(manager) : manager);
        if (first < 0) {
            warnings << nodeLocation(fileName, node)
                            + QCoreApplication::translate("OrgChart", "\"%1\" reports to \"%2\", who is not in the chart; shown at the top").arg(node.id, manager);
            manager.clear();
        } else if (table.next(first) >= 0) {
            auto found = ambiguous.find(first);
            if (found == ambiguous.end()) {
                int count = 0;
                const QString lines = linesOf(table, chart, first, count);
                found = ambiguous.emplace(first, std::make_pair(count, lines)).first;
            }
            warnings << nodeLocation(fileName, node)
                            + QCoreApplication::translate("OrgChart", "\"%1\" reports to \"%2\", but %3 people are called that (lines %4); shown at the top")
                                  .arg(node.name.trimmed(), manager)
                                  .arg(found->second.first)
                                  .arg(found->second.second);
            manager.clear();
        } else {
            manager = chart.nodes[size_t(first)].id;
        }
    }
}

} // namespace

QString linkCsvPeople(OrgChart &chart, const CsvPeople &people, const QString &fileName, QStringList &warnings)
{
    QString error = indexIds(chart, fileName);
    if (!error.isEmpty() && people.idIsEmail) { // the addresses are not unique, or not everyone has one
        for (OrgNode &node : chart.nodes)
            node.id = node.name.trimmed();
        error = indexIds(chart, fileName);
    }
    if (!error.isEmpty())
        return people.idGuessed ? error + QCoreApplication::translate("OrgChart", "; the file has no id column, so the names serve as ids") : error;
    const ManagerKind kind = detectKind(chart, people);
    if (kind != ManagerKind::Id)
        resolveManagers(chart, kind, people.emailField, fileName, warnings);
    return linkManagers(chart, fileName, warnings);
}

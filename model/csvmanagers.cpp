#include "csvmanagers.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <iterator>
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
        const size_t slots = std::bit_ceil(std::max<size_t>(16, 2 * m_keys.size())); // at most half full
        m_slots.assign(slots, Slot());
        m_mask = slots - 1;
        for (int person = 0; person < int(m_keys.size()); ++person) {
            const QString &key = m_keys[size_t(person)];
            if (key.isEmpty())
                continue;
            const size_t hash = IdHash()(key);
            Slot &slot = m_slots[this->slot(key, hash)];
            if (slot.person < 0) {
                slot = {quint32(hash >> 32), person};
                m_last[size_t(person)] = person;
                continue;
            }
            m_next[size_t(m_last[size_t(slot.person)])] = person;
            m_last[size_t(slot.person)] = person;
        }
    }
    // The first person with the key, or -1.
    int find(const QString &key) const { return key.isEmpty() ? -1 : m_slots[slot(key, IdHash()(key))].person; }
    // The next person with the same key, or -1.
    int next(int person) const { return m_next[size_t(person)]; }

private:
    struct Slot
    {
        quint32 tag = 0; // more of the hash: most other keys are passed over without a look at them
        int person = -1;
    };
    size_t slot(const QString &key, size_t hash) const
    {
        const auto tag = quint32(hash >> 32);
        size_t at = hash & m_mask;
        while (m_slots[at].person >= 0 && (m_slots[at].tag != tag || m_keys[size_t(m_slots[at].person)] != key))
            at = (at + 1) & m_mask;
        return at;
    }

    std::vector<QString> m_keys;
    std::vector<int> m_next;
    std::vector<int> m_last; // for the first of each key: the last so far
    std::vector<Slot> m_slots;
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
    // The sample in two small tables (a few kilobytes: each person's look-up stays in the cache),
    // one of the values as they are and one of them as addresses; marked where someone matches.
    std::vector<QString> asEmails(sample.size());
    std::transform(sample.begin(), sample.end(), asEmails.begin(), emailKey);
    const KeyTable names(sample), emails(std::move(asEmails));
    std::vector<char> isName(sample.size(), 0), isEmail(sample.size(), 0);
    for (int person = 0; person < int(chart.nodes.size()); ++person) {
        if (const int at = names.find(chart.nodes[size_t(person)].name.trimmed()); at >= 0)
            isName[size_t(at)] = 1;
        if (people.emailField < 0)
            continue;
        if (const int at = emails.find(emailKey(chart.field(person, people.emailField))); at >= 0)
            isEmail[size_t(at)] = 1;
    }
    // Every sampled value counts as its first occurrence does.
    size_t byName = 0, byEmail = 0;
    for (size_t i = 0; i < sample.size(); ++i) {
        byName += isName[size_t(names.find(sample[i]))];
        byEmail += isEmail[size_t(emails.find(emailKey(sample[i])))];
    }
    if (byEmail > ids && byEmail >= byName)
        return ManagerKind::Email;
    return byName > ids ? ManagerKind::Name : ManagerKind::Id;
}

// "3, 8, 12" for the people from `first` on with one key; at most ten lines, then "…".
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

// Each person's manager found by name or address (-2: none, or none to be told apart). One that
// names nobody, or several people, is a warning and leaves its report at the top.
std::vector<int> resolveManagers(const OrgChart &chart, ManagerKind kind, qsizetype emailField, const QString &fileName, QStringList &warnings)
{
    std::vector<QString> keys(chart.nodes.size());
    for (int person = 0; person < int(keys.size()); ++person)
        keys[size_t(person)] = kind == ManagerKind::Name ? chart.nodes[size_t(person)].name.trimmed() : emailKey(chart.field(person, emailField));
    const KeyTable table(std::move(keys));
    std::vector<int> managers(chart.nodes.size(), -2);
    inTwoHalves(managers.size(), [&](size_t from, size_t to) {
        for (size_t person = from; person < to; ++person)
            if (const QString &manager = chart.managerIds[person]; !manager.isEmpty())
                managers[person] = table.find(kind == ManagerKind::Email ? emailKey(manager) : manager);
    });
    std::unordered_map<int, std::pair<int, QString>> ambiguous; // first person → how many, their lines
    for (size_t person = 0; person < managers.size(); ++person) {
        int &manager = managers[person];
        const OrgNode &node = chart.nodes[person];
        if (manager == -1) {
            warnings << nodeLocation(fileName, node)
                            + QCoreApplication::translate("OrgChart", "\"%1\" reports to \"%2\", who is not in the chart; shown at the top")
                                  .arg(node.id, chart.managerIds[person]);
            manager = -2;
        } else if (manager >= 0 && table.next(manager) >= 0) {
            auto found = ambiguous.find(manager);
            if (found == ambiguous.end()) {
                int count = 0;
                const QString lines = linesOf(table, chart, manager, count);
                found = ambiguous.emplace(manager, std::make_pair(count, lines)).first;
            }
            const QString problem = kind == ManagerKind::Name
                                        ? QCoreApplication::translate("OrgChart", "\"%1\" reports to \"%2\", but %3 people have that name (lines %4); shown at the top")
                                        : QCoreApplication::translate("OrgChart", "\"%1\" reports to \"%2\", but %3 people have that address (lines %4); shown at the top");
            warnings << nodeLocation(fileName, node)
                            + problem.arg(node.name.trimmed(), chart.managerIds[person]).arg(found->second.first).arg(found->second.second);
            manager = -2;
        }
    }
    return managers;
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
    if (kind == ManagerKind::Id)
        return linkManagers(chart, fileName, warnings);
    return linkManagers(chart, fileName, warnings, resolveManagers(chart, kind, people.emailField, fileName, warnings));
}

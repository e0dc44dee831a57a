#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

enum class CompanySize { Small, Large };

QString companySizeKey(CompanySize size);           // "small" / "large", as in files and on the command line
std::optional<CompanySize> companySizeFromKey(const QString &key);

// What a role looks like at one company size; absent when the source says nothing about it.
struct SizeVariant
{
    bool present = false;
    bool acting = false;        // the role is held by someone standing in for it
    QString holder;             // who holds the role at this size, when that differs from the title
    QString focus;              // one line for the chart box
    QString description;        // what is different at this size
    QStringList responsibilities; // in addition to the role's common ones
};

// Explanatory content that the built-in roles carry and imported people usually do not.
struct RoleDetail
{
    QString abbreviation;       // e.g. "CPO"
    QString summary;
    QString focus;
    QStringList responsibilities;
    QStringList notes;
    QStringList sourceIds;
    std::array<SizeVariant, 2> variants; // indexed by CompanySize

    const SizeVariant &variant(CompanySize size) const { return variants[static_cast<int>(size)]; }
};

struct OrgNode
{
    QString id;
    QString name;
    QString title;
    std::unique_ptr<RoleDetail> detail;
    int line = 0;              // where the node starts in its file, for messages; 0 if unknown

    int parent = -1;
    int row = 0;
    int descendants = 0;       // everyone below, at any depth
    std::vector<int> children;
};

struct Source
{
    QString id;
    QString name;
    QString citedFor;
};

// A working relationship between two nodes that is not a reporting line.
struct Link
{
    QString id;
    int from = -1;
    int to = -1;
    QString label;
    QString summary;
    QStringList points;
    QStringList sourceIds;
};

// FNV-1a over the UTF-16 code units. Debian's Qt is built without AES instructions, so qHash on
// strings falls back to SipHash, which made looking up 100,000 ids a fifth of opening a file.
struct IdHash
{
    size_t operator()(const QString &id) const noexcept
    {
        size_t hash = 14695981039346656037ull;
        for (QChar c : id)
            hash = (hash ^ c.unicode()) * 1099511628211ull;
        return hash;
    }
};

// The nodes by id: a table of node positions, open addressing, each slot holding a node and a
// part of its id's hash. A tenth of the memory of a hash map of strings (1,000,000 people: 16 MB
// instead of some 70), and one allocation instead of one per node. Built by buildTree().
class IdIndex
{
public:
    static constexpr size_t maxCount = size_t(1) << 28;
    void reset(size_t count); // empty, with room for `count` ids (at most maxCount)
    int find(const QString &id, const std::vector<OrgNode> &nodes) const; // -1 if none
    // Adds nodes[node] by its id; returns the node that already has that id, else -1.
    int insert(int node, const std::vector<OrgNode> &nodes);

private:
    struct Slot
    {
        quint32 tag = 0;
        int node = -1;
    };
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

struct OrgChart
{
    QString title;
    QString summary;
    std::vector<OrgNode> nodes;
    std::vector<int> roots;
    std::vector<Link> links;
    std::vector<Source> sources;
    QStringList fieldNames;    // extra columns (department, email, …), in file order
    // Node by node, fieldNames.size() values each: positions in fieldTexts (-1: empty), where a
    // value that repeats (a department, a location) may be kept once. Four bytes a value, not 24.
    std::vector<int> fieldValues;
    QStringList fieldTexts;
    std::vector<QString> managerIds; // per node, as read; buildTree() resolves and clears them
    int levels = 0;            // depth of the deepest person, counting the top as 1
    IdIndex nodeById;

    bool hasSizeVariants() const;
    const Source *source(const QString &id) const;
    int nodeOf(const QString &id) const; // -1 if no node has that id
    QString abbreviation(int node) const;
    QString field(int node, qsizetype column) const;
    void appendField(const QString &value); // the next value of fieldValues, kept on its own
};

// Resolves managerIds into parent/children/roots. A manager id that names nobody makes the node a
// root (a warning); duplicate ids and reporting cycles are errors. Linear time. Messages read
// "file:line: problem". Returns the error, or an empty string.
QString buildTree(OrgChart &chart, const QString &fileName, QStringList &warnings);
// The two halves of buildTree(), for a reader that looks at the ids before the managers are
// linked: indexIds() fills nodeById (no id empty or used twice), linkManagers() does the rest.
QString indexIds(OrgChart &chart, const QString &fileName);
// `managers` may give each node's manager already found (-2: none, -1: not in the chart).
QString linkManagers(OrgChart &chart, const QString &fileName, QStringList &warnings, std::vector<int> managers = {});

// work(from, to) over [0, count), in two halves on two threads when count is large enough to pay.
void inTwoHalves(size_t count, const std::function<void(size_t from, size_t to)> &work);

// "file:line: " for a node, or "file: " when its line is unknown.
QString nodeLocation(const QString &fileName, const OrgNode &node);

#include "csvheader.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>

namespace {

enum Role { Id, Name, FirstName, LastName, Title, Manager, Email, RoleCount };

struct Alias
{
    const char *name; // lower case, words separated by one space
    Role role;
    int rank;         // the lowest wins; columns of one rank, the first in the file
};

// The program's own names (rank 0, as they always were) and those of HR exports.
constexpr Alias aliases[] = {
    {"id", Id, 0}, {"employee id", Id, 1}, {"employee number", Id, 1}, {"employee no", Id, 1},
    {"personnel number", Id, 1}, {"personnel no", Id, 1}, {"emp no", Id, 1}, {"emp id", Id, 1},
    {"emp number", Id, 1}, {"staff id", Id, 1}, {"staff number", Id, 1}, {"worker id", Id, 1},
    {"person id", Id, 1}, {"employee code", Id, 1}, {"badge number", Id, 2},
    {"name", Name, 0}, {"full name", Name, 1}, {"employee name", Name, 1}, {"display name", Name, 2},
    {"first name", FirstName, 0}, {"firstname", FirstName, 0}, {"given name", FirstName, 1}, {"forename", FirstName, 1},
    {"last name", LastName, 0}, {"lastname", LastName, 0}, {"surname", LastName, 1}, {"family name", LastName, 1},
    {"title", Title, 0}, {"job title", Title, 1}, {"position", Title, 1}, {"position title", Title, 1},
    {"job", Title, 2}, {"role", Title, 2},
    {"manager", Manager, 0}, {"manager id", Manager, 0}, {"reports to", Manager, 0}, {"parent", Manager, 0},
    {"supervisor", Manager, 1}, {"supervisor id", Manager, 1}, {"manager email", Manager, 1},
    {"supervisor email", Manager, 1}, {"manager name", Manager, 1}, {"supervisor name", Manager, 1},
    {"reports to id", Manager, 1}, {"manager employee id", Manager, 1}, {"manager number", Manager, 1},
    {"line manager", Manager, 1}, {"direct manager", Manager, 1}, {"manager emp no", Manager, 1},
    {"manager e mail", Manager, 1}, {"supervisor e mail", Manager, 1}, {"reports to name", Manager, 1},
    {"reports to email", Manager, 1}, {"reports to e mail", Manager, 1}, {"manager full name", Manager, 1},
    {"email", Email, 0}, {"e mail", Email, 0}, {"email address", Email, 0}, {"e mail address", Email, 0},
    {"work email", Email, 1}, {"work e mail", Email, 1}, {"business email", Email, 1}, {"mail", Email, 2},
};

// "Employee_ID", " employee-id " and "Employee ID" are one name: "employee id"; "Emp. #" is "emp no".
QString normalised(const QString &name)
{
    QString text = name.toLower();
    for (QChar &c : text)
        if (c == u'_' || c == u'-' || c == u'.')
            c = u' ';
    text.replace(u'#', QLatin1String(" no "));
    return text.simplified();
}

// The column of each role by the aliases: the lowest rank, then the first in the file.
std::array<int, RoleCount> detectRoles(const QStringList &names)
{
    std::array<int, RoleCount> columns;
    std::array<int, RoleCount> ranks;
    columns.fill(-1);
    ranks.fill(std::numeric_limits<int>::max());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = normalised(names[i]);
        for (const Alias &alias : aliases)
            if (name == QLatin1String(alias.name) && alias.rank < ranks[alias.role]) {
                ranks[alias.role] = alias.rank;
                columns[alias.role] = int(i);
            }
    }
    return columns;
}

// The mapped columns replace the detected ones; a mapped column serves no other role. Returns
// the problem, or "".
QString applyMapping(const QStringList &names, const CsvColumnMapping &mapping, std::array<int, RoleCount> &columns)
{
    const std::pair<Role, const QString *> mapped[] = {{Id, &mapping.id}, {Name, &mapping.name}, {FirstName, &mapping.firstName},
                                                       {LastName, &mapping.lastName}, {Title, &mapping.title}, {Manager, &mapping.manager}};
    for (const auto &[role, column] : mapped) {
        if (column->isEmpty())
            continue;
        const QString wanted = column->trimmed(); // a lambda may not capture a structured binding (clang 14)
        const auto found = std::find_if(names.begin(), names.end(), [&wanted](const QString &name) {
            return name.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (found == names.end())
            return QCoreApplication::translate("OrgChart", "the column mapping names the column \"%1\", which is not in the header; the header has: %2")
                .arg(column->trimmed(), names.join(QStringLiteral(", ")));
        const int at = int(found - names.begin());
        for (int &other : columns)
            if (other == at)
                other = -1;
        columns[role] = at;
    }
    if (mapping.name.isEmpty() && (!mapping.firstName.isEmpty() || !mapping.lastName.isEmpty()))
        columns[Name] = -1; // first and last name asked for: they make the name
    if (columns[Name] >= 0)
        columns[FirstName] = columns[LastName] = -1; // kept as fields
    return {};
}

QString missingColumns(const QStringList &names, const std::array<int, RoleCount> &columns)
{
    const bool noName = columns[Name] < 0 && columns[FirstName] < 0 && columns[LastName] < 0;
    QStringList missing;
    if (columns[Id] < 0 && columns[Email] < 0 && noName)
        missing << QCoreApplication::translate("OrgChart", "\"id\" (or Employee ID, Employee Number, Personnel Number, Emp No)");
    if (noName)
        missing << QCoreApplication::translate("OrgChart", "\"name\" (or Full Name, or First Name and Last Name)");
    if (columns[Title] < 0)
        missing << QCoreApplication::translate("OrgChart", "\"title\" (or Job Title, Position)");
    if (columns[Manager] < 0)
        missing << QCoreApplication::translate("OrgChart", "\"manager\" (or manager_id, reports_to, parent, Manager ID, Supervisor, Reports To, Manager Email)");
    if (missing.isEmpty())
        return {};
    const QString header = names.join(QStringLiteral(", "));
    return missing.size() == 1 ? QCoreApplication::translate("OrgChart", "missing the required column %1; the header has: %2").arg(missing.first(), header)
                               : QCoreApplication::translate("OrgChart", "missing the required columns %1; the header has: %2")
                                     .arg(missing.join(QStringLiteral("; ")), header);
}

// "a=b, c=\"d, e\"" gives "a=b" and " c=\"d, e\"": commas between quotes do not split. Empty parts are left out.
QStringList splitOutsideQuotes(const QString &text)
{
    QStringList parts;
    QString part;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        if (c == u',' && !quoted) {
            if (!part.trimmed().isEmpty())
                parts << part;
            part.clear();
        } else {
            part += c;
        }
    }
    if (!part.trimmed().isEmpty())
        parts << part;
    return parts;
}

} // namespace

bool CsvColumnMapping::isEmpty() const
{
    return id.isEmpty() && name.isEmpty() && firstName.isEmpty() && lastName.isEmpty() && title.isEmpty() && manager.isEmpty();
}

std::optional<CsvColumnMapping> parseCsvColumnMapping(const QString &text, QString *error)
{
    CsvColumnMapping mapping;
    const std::pair<const char *, QString CsvColumnMapping::*> keys[] = {
        {"id", &CsvColumnMapping::id},       {"name", &CsvColumnMapping::name},   {"first", &CsvColumnMapping::firstName},
        {"last", &CsvColumnMapping::lastName}, {"title", &CsvColumnMapping::title}, {"manager", &CsvColumnMapping::manager}};
    for (const QString &pair : splitOutsideQuotes(text)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = pair.left(equals).trimmed().toLower();
        QString column = equals < 0 ? QString() : pair.mid(equals + 1).trimmed();
        if (column.size() >= 2 && column.startsWith(u'"') && column.endsWith(u'"'))
            column = column.sliced(1, column.size() - 2); // a column whose name holds a comma
        const auto found = std::find_if(std::begin(keys), std::end(keys), [&](const auto &k) { return key == QLatin1String(k.first); });
        if (equals < 0 || column.isEmpty() || found == std::end(keys)) {
            if (error)
                *error = QCoreApplication::translate("OrgChart", "\"%1\" is not a column mapping: use id, name, first, last, title or manager, "
                                                                 "e.g. \"id=Emp No,manager=Boss\"")
                             .arg(pair.trimmed());
            return std::nullopt;
        }
        mapping.*(found->second) = column;
    }
    return mapping;
}

QString readCsvHeader(const QStringList &names, const CsvColumnMapping &mapping, CsvHeader &header)
{
    std::array<int, RoleCount> columns = detectRoles(names);
    if (QString problem = applyMapping(names, mapping, columns); !problem.isEmpty())
        return problem;
    if (QString missing = missingColumns(names, columns); !missing.isEmpty())
        return missing;
    header = CsvHeader();
    header.id = columns[Id];
    header.name = columns[Name];
    header.firstName = columns[FirstName];
    header.lastName = columns[LastName];
    header.title = columns[Title];
    header.manager = columns[Manager];
    header.email = columns[Email] != columns[Manager] ? columns[Email] : -1;
    if (header.id < 0) {
        header.idGuessed = true;
        header.id = header.email >= 0 ? header.email : header.name; // -1: the joined names
    }
    for (int i = 0; i < int(names.size()); ++i) {
        const bool used = (i == header.id && i != header.email) || i == header.name || i == header.firstName || i == header.lastName
                          || i == header.title || i == header.manager;
        if (!used) {
            header.extra.push_back(i);
            header.extraNames << names[i];
        }
    }
    return {};
}

char detectCsvDelimiter(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == '"')
            quoted = !quoted; // a doubled quote turns it off and on again
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    return tabs > commas ? '\t' : ',';
}

#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Which columns of a CSV file hold what, as the user names them (--map); an empty name leaves
// that role to be found from the header.
struct CsvColumnMapping
{
    QString id;
    QString name;
    QString firstName;
    QString lastName;
    QString title;
    QString manager;

    bool isEmpty() const;
};

// Reads "id=Emp No,manager=Boss,name=Full Name,title=Role,first=First,last=Last" (keys in any
// case, names trimmed). On a key it does not know or a pair without "=", nullopt and the problem.
std::optional<CsvColumnMapping> parseCsvColumnMapping(const QString &text, QString *error);

// What a CSV header says: the column of each role (-1: none) and the columns kept as fields.
struct CsvHeader
{
    int id = -1;        // -1 with a name: the names serve as ids
    int name = -1;      // -1: the name is first name and last name joined
    int firstName = -1;
    int lastName = -1;
    int title = -1;
    int manager = -1;
    int email = -1;     // an e-mail column, which may serve as id or name the managers
    bool idGuessed = false; // no id column: the e-mail column, or else the name, stands in
    std::vector<int> extra; // every other column, in file order
    QStringList extraNames;
};

// Finds the roles among the header's names (trimmed), the mapping before anything else.
// Returns the problem (the columns found and what is missing), or an empty string.
QString readCsvHeader(const QStringList &names, const CsvColumnMapping &mapping, CsvHeader &header);

// The delimiter that splits the first line of `data` (quotes respected, a UTF-8 byte-order mark
// skipped) into the most fields: ',' (also when none does), ';' or '\t'.
char detectCsvDelimiter(QByteArrayView data);

#pragma once

#include "orgchart.h"

// What the CSV reader knows of the columns that name people.
struct CsvPeople
{
    bool idGuessed = false;  // no id column: the ids are e-mail addresses or names
    bool idIsEmail = false;  // guessed from the e-mail column, which falls back to the names
    qsizetype emailField = -1; // the e-mail column among the chart's fields, -1 if none
};

// Links the people read from a CSV file to their managers, whose column may hold ids, names or
// e-mail addresses: the kind that most of a sample of the manager values match. A name that
// several people carry is a warning, and whoever reports to it is shown at the top. Linear: one
// look at a sample, and for names or addresses one table of them. Returns the error, or "".
QString linkCsvPeople(OrgChart &chart, const CsvPeople &people, const QString &fileName, QStringList &warnings);

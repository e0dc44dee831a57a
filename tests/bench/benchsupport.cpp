#include "benchsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>

namespace Bench {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024;
}

// The peak of the resident memory since the last reset (Linux: /proc/self/status's VmHWM, which
// writing 5 to /proc/self/clear_refs sets back to what is resident now), for one operation's peak.
void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
        qFatal("cannot reset the peak memory: %s", qPrintable(clear.errorString()));
}

double peakSinceResetMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        qFatal("cannot read the peak memory: %s", qPrintable(status.errorString()));
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    qFatal("no VmHWM in /proc/self/status");
}

std::vector<Person> generate(int people)
{
    static const char *firstNames[] = {"Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Ken", "Dennis", "Frances",
                                       "Edsger", "Donald", "Radia", "Tim", "Guido", "Bjarne", "Anita", "Hedy", "Katherine",
                                       "John", "Sophie", "Siti", "Budi", "Dewi", "Agus", "Wei", "Mei", "Hiroshi", "Yuki",
                                       "Amara", "Kwame", "Lucía", "Mateo", "Zoë", "Lars", "Ingrid", "Priya", "Arjun", "Fatima",
                                       "Omar", "Noah"};
    static const char *lastNames[] = {"Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Liskov", "Thompson", "Ritchie",
                                      "Allen", "Dijkstra", "Knuth", "Perlman", "Berners-Lee", "van Rossum", "Stroustrup",
                                      "Borg", "Lamarr", "Johnson", "McCarthy", "Wilson", "Santoso", "Wijaya", "Pratama",
                                      "Nugroho", "Chen", "Wang", "Tanaka", "Sato", "Okafor", "Mensah", "García", "Fernández",
                                      "Müller", "Nielsen", "Larsen", "Sharma", "Patel", "Haddad", "Khalil", "O'Brien"};
    static const char *departments[] = {"Engineering", "Product", "Marketing", "Sales", "Finance", "People", "Support", "Research"};
    static const char *locations[] = {"Jakarta", "Oslo", "Lagos", "Lima", "Tokyo", "Berlin", "Austin", "Pune"};
    static const char *byDepth[] = {"Chief Executive Officer", "Vice President", "Director", "Senior Manager", "Manager", "Team Lead"};
    static const char *individual[] = {"Software Engineer", "Senior Engineer", "Product Designer", "Data Analyst",
                                       "Account Executive", "Recruiter", "Accountant", "Support Specialist", "Researcher"};
    std::mt19937 random(20261128);
    const auto pick = [&](const auto &list) { return QByteArray(list[random() % std::size(list)]); };

    std::vector<Person> org(static_cast<size_t>(people));
    std::vector<int> managers{1};
    org[0] = {0, 0, {}, {}, {}, {}};
    int next = 2;
    for (size_t m = 0; m < managers.size() && next <= people; ++m) {
        const int manager = managers[m];
        const int span = 2 + int(random() % 11);
        for (int i = 0; i < span && next <= people; ++i, ++next) {
            org[size_t(next - 1)].manager = manager;
            org[size_t(next - 1)].depth = org[size_t(manager - 1)].depth + 1;
            if (random() % 100 < 45 || managers.size() - m < 2)
                managers.push_back(next);
        }
    }
    for (Person &person : org) {
        person.name = pick(firstNames) + ' ' + pick(lastNames);
        person.title = person.depth < 6 && random() % 3 ? QByteArray(byDepth[person.depth]) : pick(individual);
        person.department = pick(departments);
        person.location = pick(locations);
    }
    return org;
}

Files write(const std::vector<Person> &org, const QString &folder)
{
    const QString base = QDir(folder).filePath(QStringLiteral("org-%1").arg(org.size()));
    QByteArray csv("id,name,title,manager,department,location\n");
    QByteArray json("{\"format\": \"orgchart-explorer\", \"version\": 1, \"title\": \"Generated\", \"nodes\": [\n");
    QByteArray dot("digraph org {\nnode [shape=box];\n");
    for (size_t i = 0; i < org.size(); ++i) {
        const Person &p = org[i];
        const QByteArray id = QByteArray::number(qulonglong(i + 1));
        const QByteArray manager = p.manager ? QByteArray::number(p.manager) : QByteArray();
        csv += id + ',' + p.name + ',' + p.title + ',' + manager + ',' + p.department + ',' + p.location + '\n';
        json += QByteArray(i ? ",\n" : "") + "{\"id\": \"" + id + "\", \"name\": \"" + p.name + "\", \"title\": \"" + p.title + "\", \"manager\": \""
                + manager + "\", \"fields\": {\"department\": \"" + p.department + "\", \"location\": \"" + p.location + "\"}}";
        dot += id + " [label=\"" + p.name + "\\n" + p.title + "\"];\n";
        if (p.manager)
            dot += manager + " -> " + id + ";\n";
    }
    json += "\n]}\n";
    dot += "}\n";
    Files files{base + QStringLiteral(".csv"), base + QStringLiteral(".json"), base + QStringLiteral(".dot")};
    for (const auto &[path, data] : {std::pair{files.csv, csv}, std::pair{files.json, json}, std::pair{files.dot, dot}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
    }
    return files;
}

void addSample(QJsonObject &out, const QString &key, double value)
{
    QJsonArray samples = out.value(key).toArray();
    samples.append(value);
    out[key] = samples;
}

QJsonObject runJson(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {{QStringLiteral("error"), QStringLiteral("timed out")}};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
    {
        const QString error = (process.exitStatus() == QProcess::NormalExit ? QString() : QStringLiteral("crashed: "))
                              + QString::fromUtf8(process.readAllStandardError()).trimmed().right(2000);
        return {{QStringLiteral("error"), error}};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}


Figure figure(const QJsonObject &figures, const QString &key)
{
    std::vector<double> samples;
    for (const QJsonValue &sample : figures.value(key).toArray())
        samples.push_back(sample.toDouble());
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    const double median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    return {median, samples.front(), samples.back(), int(n)};
}

Figure figure(const QJsonObject &figures, const char *key)
{
    return figure(figures, QString::fromLatin1(key));
}

QByteArray shown(const Figure &f)
{
    return QString::asprintf("%9.2f  (%.2f-%.2f, n=%d)", f.median, f.low, f.high, f.n).toUtf8();
}

const char *mark(bool pass)
{
    return pass ? "PASS" : "FAIL";
}

void printRow(const char *label, const Figure &f, const QByteArray &note)
{
    std::printf("    %-56s %-36s %s\n", label, shown(f).constData(), note.constData());
}

} // namespace Bench

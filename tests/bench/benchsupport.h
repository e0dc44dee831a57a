// The benchmark's shared parts: timing, peak memory, the generated organisations, the child
// processes' figures and how a figure is printed.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

namespace Bench {

constexpr QSize frameSize(1920, 1080);

double msSince(const QElapsedTimer &timer);
double peakMegabytes();
// The peak of the resident memory since the last reset, for one operation's peak.
void resetPeakMemory();
double peakSinceResetMegabytes();

// A random organisation with a fixed seed: spans of control 2–12, about log₃ N levels deep
// (6–12 for these sizes), people with realistic names and titles.
struct Person
{
    int manager = 0; // 0: nobody
    int depth = 0;
    QByteArray name, title, department, location;
};
std::vector<Person> generate(int people);

struct Files
{
    QString csv, json, dot;
};
// The organisation as CSV, JSON and Graphviz dot in the folder.
Files write(const std::vector<Person> &org, const QString &folder);

// The child's figures: each key holds the samples of every run, or one value.
void addSample(QJsonObject &out, const QString &key, double value);
// Runs the program and reads the JSON it prints last; {"error": why} when it fails or times out.
QJsonObject runJson(const QString &program, const QStringList &arguments, int timeoutMs);

// Median and range of a figure's samples.
struct Figure
{
    double median = 0;
    double low = 0;
    double high = 0;
    int n = 0;
};
Figure figure(const QJsonObject &figures, const QString &key);
Figure figure(const QJsonObject &figures, const char *key);
QByteArray shown(const Figure &f);
const char *mark(bool pass);
void printRow(const char *label, const Figure &f, const QByteArray &note = {});

// --shapes (shapes.cpp): every user operation on each extreme shape, each in a child process.
int runShapes(int runs, const QStringList &only);
int measureShape(const QString &file, const QString &deepestId, const QString &search, int runs);

} // namespace Bench

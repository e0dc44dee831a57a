#include "orgchartjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString lineColumnAt(const QByteArray &data, int offset)
{
    const QByteArray before = data.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(before.size() - before.lastIndexOf('\n'));
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

SizeVariant readVariant(const QJsonObject &object)
{
    SizeVariant variant;
    variant.present = !object.isEmpty();
    variant.acting = object.value(QLatin1String("acting")).toBool();
    variant.holder = object.value(QLatin1String("holder")).toString();
    variant.focus = object.value(QLatin1String("focus")).toString();
    variant.description = object.value(QLatin1String("description")).toString();
    variant.responsibilities = stringList(object.value(QLatin1String("responsibilities")));
    return variant;
}

QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

OrgNode readNode(const QJsonObject &object)
{
    static const QLatin1String detailKeys[] = {QLatin1String("summary"), QLatin1String("focus"),
                                               QLatin1String("responsibilities"), QLatin1String("notes"),
                                               QLatin1String("sources"), QLatin1String("variants")};

    OrgNode node;
    node.id = idText(object.value(QLatin1String("id")));
    node.name = object.value(QLatin1String("name")).toString();
    node.abbreviation = object.value(QLatin1String("abbreviation")).toString();
    node.title = object.value(QLatin1String("title")).toString();
    node.managerId = idText(object.value(QLatin1String("manager")));

    const QJsonObject fields = object.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        node.fields.append({it.key(), it.value().toVariant().toString()});

    if (std::any_of(std::begin(detailKeys), std::end(detailKeys), [&](QLatin1String key) { return object.contains(key); })) {
        auto detail = std::make_unique<RoleDetail>();
        detail->summary = object.value(QLatin1String("summary")).toString();
        detail->focus = object.value(QLatin1String("focus")).toString();
        detail->responsibilities = stringList(object.value(QLatin1String("responsibilities")));
        detail->notes = stringList(object.value(QLatin1String("notes")));
        detail->sourceIds = stringList(object.value(QLatin1String("sources")));
        const QJsonObject variants = object.value(QLatin1String("variants")).toObject();
        for (CompanySize size : {CompanySize::Small, CompanySize::Large})
            detail->variants[size_t(size)] = readVariant(variants.value(companySizeKey(size)).toObject());
        node.detail = std::move(detail);
    }
    return node;
}

} // namespace

LoadResult parseOrgChartJson(const QByteArray &data, const QString &fileName)
{
    LoadResult result;
    const auto fail = [&](const QString &where, const QString &problem) {
        result.error = QStringLiteral("%1:%2: %3").arg(fileName, where, problem);
        return std::move(result);
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(lineColumnAt(data, parseError.offset), parseError.errorString());
    if (!document.isObject())
        return fail(QStringLiteral("1:1"), QStringLiteral("expected a JSON object with a \"nodes\" array"));
    const QJsonObject root = document.object();
    if (!root.value(QLatin1String("nodes")).isArray())
        return fail(QStringLiteral("1:1"), QStringLiteral("missing the \"nodes\" array"));

    OrgChart chart;
    chart.title = root.value(QLatin1String("title")).toString();
    chart.summary = root.value(QLatin1String("summary")).toString();

    const QJsonArray sources = root.value(QLatin1String("sources")).toArray();
    for (const QJsonValue &value : sources) {
        const QJsonObject object = value.toObject();
        chart.sources.push_back({object.value(QLatin1String("id")).toString(),
                                 object.value(QLatin1String("name")).toString(),
                                 object.value(QLatin1String("cited_for")).toString()});
    }

    const QJsonArray nodes = root.value(QLatin1String("nodes")).toArray();
    chart.nodes.reserve(size_t(nodes.size()));
    for (const QJsonValue &value : nodes) {
        if (!value.isObject())
            return fail(QStringLiteral("1:1"), QStringLiteral("node %1 is not an object").arg(chart.nodes.size() + 1));
        chart.nodes.push_back(readNode(value.toObject()));
    }

    QStringList warnings;
    const QString treeError = buildTree(chart, warnings);
    if (!treeError.isEmpty())
        return fail(QStringLiteral("1:1"), treeError);

    const QJsonArray links = root.value(QLatin1String("links")).toArray();
    for (const QJsonValue &value : links) {
        const QJsonObject object = value.toObject();
        Link link;
        link.id = object.value(QLatin1String("id")).toString();
        link.from = chart.nodeById.value(idText(object.value(QLatin1String("from"))), -1);
        link.to = chart.nodeById.value(idText(object.value(QLatin1String("to"))), -1);
        link.label = object.value(QLatin1String("label")).toString();
        link.summary = object.value(QLatin1String("summary")).toString();
        link.points = stringList(object.value(QLatin1String("points")));
        link.sourceIds = stringList(object.value(QLatin1String("sources")));
        if (link.from < 0 || link.to < 0 || link.from == link.to) {
            warnings << QStringLiteral("link \"%1\" does not join two nodes of the chart; left out").arg(link.id);
            continue;
        }
        chart.links.push_back(std::move(link));
    }

    for (const QString &warning : std::as_const(warnings))
        result.warnings << QStringLiteral("%1: %2").arg(fileName, warning);
    result.chart = std::move(chart);
    return result;
}

LoadResult loadOrgChartJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return result;
    }
    return parseOrgChartJson(file.readAll(), path);
}

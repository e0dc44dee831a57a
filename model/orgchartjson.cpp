#include "orgchartjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unordered_map>

namespace {

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

// A node, and its extra fields by column (columns are found as the file goes; columnOf finds a
// column by name without a search through a thousand of them for each field).
OrgNode readNode(const QJsonObject &object, QStringList &fieldNames, QHash<QString, qsizetype> &columnOf, QStringList &fieldValues)
{
    static const QLatin1String detailKeys[] = {QLatin1String("abbreviation"), QLatin1String("summary"), QLatin1String("focus"),
                                               QLatin1String("responsibilities"), QLatin1String("notes"),
                                               QLatin1String("sources"), QLatin1String("variants")};

    OrgNode node;
    node.id = idText(object.value(QLatin1String("id")));
    node.name = object.value(QLatin1String("name")).toString();
    node.title = object.value(QLatin1String("title")).toString();

    const QJsonObject fields = object.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString name = it.key();
        qsizetype column = columnOf.value(name, -1);
        if (column < 0) {
            column = fieldNames.size();
            fieldNames << name;
            columnOf.insert(name, column);
        }
        if (fieldValues.size() <= column)
            fieldValues.resize(column + 1);
        fieldValues[column] = it.value().toVariant().toString();
    }

    if (std::any_of(std::begin(detailKeys), std::end(detailKeys), [&](QLatin1String key) { return object.contains(key); })) {
        auto detail = std::make_unique<RoleDetail>();
        detail->abbreviation = object.value(QLatin1String("abbreviation")).toString();
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

std::vector<qsizetype> jsonElementOffsets(const QByteArray &data, QByteArrayView array)
{
    std::vector<qsizetype> offsets;
    int depth = 0;
    bool inString = false, inArray = false, expectElement = false;
    qsizetype stringStart = 0;
    QByteArrayView lastKey;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastKey = QByteArrayView(data.constData() + stringStart, i - stringStart);
            }
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (expectElement && c != ']') {
            offsets.push_back(i);
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case '{':
        case '[':
            ++depth;
            if (c == '[' && depth == 2 && lastKey == array) {
                inArray = true;
                expectElement = true;
            }
            break;
        case '}':
        case ']':
            if (inArray && depth == 2)
                return offsets;
            --depth;
            break;
        case ',':
            expectElement = inArray && depth == 2;
            break;
        default:
            break;
        }
    }
    return offsets;
}

LoadResult parseOrgChartJson(const QByteArray &data, const QString &fileName, const LoadProgress &progress)
{
    LoadResult result;
    const auto fail = [&](qsizetype offset, const QString &problem) {
        const auto [line, column] = LoadSupport::lineAndColumn(data, offset);
        result.error = QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(problem);
        return std::move(result);
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.offset, parseError.errorString());
    if (!document.isObject())
        return fail(0, QCoreApplication::translate("OrgChart", "expected a JSON object with a \"nodes\" array"));
    const QJsonObject root = document.object();
    if (!root.value(QLatin1String("nodes")).isArray())
        return fail(0, QCoreApplication::translate("OrgChart", "missing the \"nodes\" array"));
    if (progress && !progress(40)) {
        result.cancelled = true;
        return result;
    }

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
    const std::vector<qsizetype> offsets = jsonElementOffsets(data, "nodes");
    chart.nodes.reserve(size_t(nodes.size()));
    std::vector<QStringList> nodeFields; // flattened once every column is known
    QHash<QString, qsizetype> columnOf;
    // The columns in their order, when the file gives it: a node's "fields" object keeps none.
    const QJsonArray declaredFields = root.value(QLatin1String("fields")).toArray();
    for (const QJsonValue &name : declaredFields)
        if (name.isString() && !columnOf.contains(name.toString())) {
            columnOf.insert(name.toString(), chart.fieldNames.size());
            chart.fieldNames << name.toString();
        }
    nodeFields.reserve(size_t(nodes.size()));
    int line = 1;
    qsizetype counted = 0; // newlines are counted once, front to back
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const qsizetype offset = size_t(i) < offsets.size() ? offsets[size_t(i)] : 0;
        if (offset > counted) {
            line += int(QByteArrayView(data.constData() + counted, offset - counted).count('\n'));
            counted = offset;
        }
        if (!nodes[i].isObject())
            return fail(offset, QCoreApplication::translate("OrgChart", "node %1 is not an object").arg(i + 1));
        QStringList fields;
        chart.nodes.push_back(readNode(nodes[i].toObject(), chart.fieldNames, columnOf, fields));
        chart.managerIds.push_back(idText(nodes[i].toObject().value(QLatin1String("manager"))));
        nodeFields.push_back(std::move(fields));
        chart.nodes.back().line = offsets.empty() ? 0 : line;
        if (progress && (i & 0xFFFF) == 0xFFFF && !progress(40 + int(50 * i / nodes.size()))) {
            result.cancelled = true;
            return result;
        }
    }

    if (!chart.fieldNames.isEmpty()) {
        chart.fieldValues.reserve(nodeFields.size() * size_t(chart.fieldNames.size()));
        for (QStringList &fields : nodeFields) {
            fields.resize(chart.fieldNames.size());
            for (const QString &field : std::as_const(fields))
                chart.appendField(field);
        }
    }

    QStringList warnings;
    const QString treeError = buildTree(chart, fileName, warnings);
    if (!treeError.isEmpty()) {
        result.error = treeError;
        return result;
    }

    const QJsonArray links = root.value(QLatin1String("links")).toArray();
    const std::vector<qsizetype> linkOffsets = jsonElementOffsets(data, "links");
    std::unordered_map<QString, qsizetype, IdHash> linkById; // the offset where each id was first seen
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QJsonObject object = links[i].toObject();
        const qsizetype offset = size_t(i) < linkOffsets.size() ? linkOffsets[size_t(i)] : 0;
        Link link;
        link.id = object.value(QLatin1String("id")).toString();
        // Two links of one id would be two elements of one id in an SVG and one in the model.
        if (const auto [first, added] = linkById.emplace(link.id, offset); !added)
            return fail(offset, QCoreApplication::translate("OrgChart", "the link id \"%1\" is used twice (first on line %2)")
                                    .arg(link.id).arg(LoadSupport::lineAndColumn(data, first->second).first));
        link.from = chart.nodeOf(idText(object.value(QLatin1String("from"))));
        link.to = chart.nodeOf(idText(object.value(QLatin1String("to"))));
        link.label = object.value(QLatin1String("label")).toString();
        link.summary = object.value(QLatin1String("summary")).toString();
        link.points = stringList(object.value(QLatin1String("points")));
        link.sourceIds = stringList(object.value(QLatin1String("sources")));
        if (link.from < 0 || link.to < 0 || link.from == link.to) {
            warnings << QCoreApplication::translate("OrgChart", "%1: link \"%2\" does not join two nodes of the chart; left out").arg(fileName, link.id);
            continue;
        }
        chart.links.push_back(std::move(link));
    }

    result.warnings = warnings;
    result.chart = std::move(chart);
    return result;
}

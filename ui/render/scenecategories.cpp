#include "scenecategories.h"

#include "categorypalette.h"
#include "orgchartmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace SceneCategories {

namespace {

constexpr qsizetype longestValue = 32; // characters of a value in the legend

// Per node, its value of the column as a number (-1: none), in order of first appearance, and the
// values' texts. Texts that repeat are often kept once (see OrgChart::fieldValues): a look-up per
// position, not per person.
struct Values
{
    std::vector<int> ofNode;
    QStringList texts;
    std::vector<int> counts;
};

Values readValues(const OrgChart &chart, int column)
{
    Values values;
    const size_t columns = size_t(chart.fieldNames.size());
    values.ofNode.assign(chart.nodes.size(), -1);
    std::vector<int> ofText(size_t(chart.fieldTexts.size()), -1);
    QHash<QString, int> byText;
    for (size_t node = 0; node < chart.nodes.size(); ++node) {
        const size_t at = node * columns + size_t(column);
        const int text = at < chart.fieldValues.size() ? chart.fieldValues[at] : -1;
        if (text < 0)
            continue;
        int &value = ofText[size_t(text)];
        if (value < 0) {
            const QString &name = chart.fieldTexts.at(text);
            const auto found = byText.constFind(name);
            value = found != byText.cend() ? *found : int(values.texts.size());
            if (found == byText.cend()) {
                byText.insert(name, value);
                values.texts << name;
                values.counts.push_back(0);
            }
        }
        values.ofNode[node] = value;
        ++values.counts[size_t(value)];
    }
    return values;
}

QString shortened(const QString &value)
{
    return value.size() <= longestValue ? value : value.left(longestValue - 1) + QChar(0x2026);
}

} // namespace

int findColumn(const OrgChart &chart, const QString &name)
{
    if (name.isEmpty())
        return -1;
    if (const qsizetype exact = chart.fieldNames.indexOf(name); exact >= 0)
        return int(exact);
    for (qsizetype column = 0; column < chart.fieldNames.size(); ++column)
        if (chart.fieldNames[column].compare(name, Qt::CaseInsensitive) == 0)
            return int(column);
    return -1;
}

void assign(ChartScene &scene, const OrgChart &chart, int column)
{
    if (column < 0 || column >= chart.fieldNames.size())
        return;
    const Values values = readValues(chart, column);
    // The most common first; among as common, the first met.
    std::vector<int> order(values.counts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return values.counts[size_t(a)] > values.counts[size_t(b)]; });
    std::vector<qint8> entryOf(values.counts.size(), -1);
    ChartScene::ColourKey &key = scene.colourKey;
    key.column = chart.fieldNames[column];
    key.field = column;
    for (size_t rank = 0; rank < order.size() && rank < size_t(CategoryPalette::size); ++rank) {
        entryOf[size_t(order[rank])] = qint8(rank);
        key.values << values.texts[order[rank]];
    }
    key.others = order.size() > size_t(CategoryPalette::size)
        || std::find(values.ofNode.begin(), values.ofNode.end(), -1) != values.ofNode.end();
    scene.categories.resize(scene.boxes.size());
    for (size_t box = 0; box < scene.boxes.size(); ++box) {
        const size_t node = scene.boxes[box].index.internalId();
        const int value = node < values.ofNode.size() ? values.ofNode[node] : -1;
        scene.categories[box] = value < 0 ? qint8(-1) : entryOf[size_t(value)];
    }
}

QRectF addLegendRow(ChartScene &scene, const ChartStyle &style, double baseline)
{
    const ChartScene::ColourKey &key = scene.colourKey;
    if (key.field < 0)
        return {};
    const TextMeasurer legend(style.legendFont);
    double x = style.margin;
    const auto add = [&](int category, const QString &text) {
        ChartScene::LegendSample sample;
        sample.kind = ChartScene::LegendSample::Kind::Category;
        sample.category = category;
        sample.rect = QRectF(x + 2, baseline - 12, 28, 16);
        sample.line = QLineF(sample.rect.topLeft(), sample.rect.bottomRight());
        scene.legend.push_back(sample);
        scene.headerTexts.push_back(int(scene.texts.size()));
        const double width = legend.advance(text);
        scene.texts.push_back({QPointF(x + 40, baseline), text, ChartStyle::Text::Legend, false, width});
        x += 40 + width + 28;
    };
    for (qsizetype category = 0; category < key.values.size(); ++category)
        add(int(category), QCoreApplication::translate("ChartScene", "%1: %2").arg(key.column, shortened(key.values[category])));
    if (key.others)
        add(-1, QCoreApplication::translate("ChartScene", "%1: any other or none").arg(key.column));
    return QRectF(style.margin, baseline - 16, x - style.margin, rowHeight);
}

} // namespace SceneCategories

QString ChartScene::categoryText(int box) const
{
    if (colourKey.field < 0 || !m_org || box < 0 || size_t(box) >= boxes.size())
        return {};
    const QString value = m_org->chart().field(int(boxes[size_t(box)].index.internalId()), colourKey.field);
    return QCoreApplication::translate("ChartScene", "%1: %2").arg(colourKey.column, value.isEmpty() ? QCoreApplication::translate("ChartScene", "none") : value);
}

#include "detailpanel.h"

#include "orgchartmodel.h"

#include <QDesktopServices>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace {

// Qt's line breaking looks to the end of a word for each line it fills, so a name of 100,000
// letters without a space took seconds to lay out at every selection. A zero-width space every
// 64 characters of a longer word lets it wrap there instead, invisibly.
QString breakable(const QString &text)
{
    constexpr qsizetype longestWord = 64;
    if (text.size() <= longestWord)
        return text;
    QString out;
    out.reserve(text.size() + text.size() / longestWord);
    qsizetype word = 0;
    for (const QChar c : text) {
        word = c.isSpace() ? 0 : word + 1;
        if (word > longestWord && !c.isLowSurrogate() && !c.isMark()) {
            out += QChar(0x200B);
            word = 1;
        }
        out += c;
    }
    return out;
}

QString escaped(const QString &text)
{
    return breakable(text).toHtmlEscaped();
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>") + escaped(text) + QStringLiteral("</h3>");
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + escaped(text) + QStringLiteral("</p>");
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + escaped(item) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString sourcesSection(const QStringList &sources)
{
    return sources.isEmpty() ? QString() : heading(QObject::tr("Sources")) + bulletList(sources);
}

QString sizeName(CompanySize size)
{
    return size == CompanySize::Small ? QObject::tr("small company") : QObject::tr("large company");
}

// Another person named in the panel (a manager, a report), cut short: the panel of a manager of
// twelve people with names of 100,000 characters would lay out more than a million.
QString nodeLabel(const QModelIndex &index)
{
    constexpr qsizetype longest = 300;
    const QString label = index.data(Qt::DisplayRole).toString();
    if (label.size() <= longest)
        return label;
    return label.left(label[longest - 1].isHighSurrogate() ? longest - 1 : longest) + QChar(0x2026);
}

// Another person as a link that selects them.
QString personLink(const QModelIndex &index)
{
    const QByteArray id = QUrl::toPercentEncoding(index.data(OrgChartModel::IdRole).toString());
    return QStringLiteral("<a href='person:") + QString::fromLatin1(id) + QStringLiteral("'>") + escaped(nodeLabel(index))
           + QStringLiteral("</a>");
}

// A column's value, with an email address or a web address as a link that opens it.
QString linkedValue(const QString &value)
{
    // No "?", "&", "%" or "=": a mailto address from a file must not carry a subject, a body or an
    // attachment to the mail program.
    static const QRegularExpression email(QStringLiteral("^[^@\\s<>'\"?&%=#]+@[^@\\s<>'\"?&%=#]+\\.[^@\\s<>'\"?&%=#]+$"));
    static const QRegularExpression web(QStringLiteral("^(https?://|www\\.)[^\\s<>'\"]+$"), QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = value.trimmed();
    QUrl url;
    if (email.match(trimmed).hasMatch())
        url = QUrl(QStringLiteral("mailto:") + trimmed);
    else if (web.match(trimmed).hasMatch())
        url = QUrl::fromUserInput(trimmed);
    if (!url.isValid() || url.isEmpty())
        return escaped(value);
    return QStringLiteral("<a href='") + QString::fromLatin1(url.toEncoded()).toHtmlEscaped() + QStringLiteral("'>") + escaped(value)
           + QStringLiteral("</a>");
}

} // namespace

DetailPanel::DetailPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == QLatin1String("action:compare"))
            Q_EMIT compareRequested();
        else if (url.scheme() == QLatin1String("person") && m_model)
            Q_EMIT personRequested(m_model->indexForId(url.path(QUrl::FullyDecoded))); // the id whatever it holds
        else if (url.scheme() == QLatin1String("mailto") || url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
    setTabChangesFocus(true);
    setAccessibleName(tr("Details"));
    document()->setDocumentMargin(14);
}

void DetailPanel::setModel(OrgChartModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &OrgChartModel::companySizeChanged, this, &DetailPanel::refresh);
        connect(m_model, &OrgChartModel::modelReset, this, &DetailPanel::showOverview);
    }
    showOverview();
}

void DetailPanel::showNode(const QModelIndex &index)
{
    m_index = index;
    m_link = -1;
    refresh();
}

void DetailPanel::showLink(int link)
{
    m_index = QModelIndex();
    m_link = link;
    refresh();
}

void DetailPanel::showOverview()
{
    m_index = QModelIndex();
    m_link = -1;
    refresh();
}

void DetailPanel::refresh()
{
    if (!m_model) {
        clear();
        return;
    }
    const OrgChart &chart = m_model->chart();
    const CompanySize size = m_model->companySize();
    QString html;

    if (m_index.isValid()) {
        const QModelIndex index = m_index;
        const int node = m_model->nodeForIndex(index);
        const QString name = index.data(OrgChartModel::NameRole).toString();
        const QString abbreviation = index.data(OrgChartModel::AbbreviationRole).toString();
        html += QStringLiteral("<h2>") + escaped(name);
        if (!abbreviation.isEmpty())
            html += QStringLiteral(" (") + escaped(abbreviation) + u')';
        html += QStringLiteral("</h2>");
        html += QStringLiteral("<p><a href='action:compare'>") + escaped(tr("Compare side by side…")) + QStringLiteral("</a></p>");
        const QString summary = index.data(OrgChartModel::SummaryRole).toString();
        if (!summary.isEmpty())
            html += paragraph(summary);

        QString holder = index.data(OrgChartModel::HolderRole).toString();
        if (holder.isEmpty())
            holder = index.data(OrgChartModel::TitleRole).toString();
        if (holder.isEmpty() && !abbreviation.isEmpty())
            holder = name;
        // A manager of thousands: the count, and the first few names.
        constexpr int namedReports = 12;
        const int reportCount = m_model->rowCount(index);
        QStringList reports;
        for (int row = 0; row < std::min(reportCount, namedReports); ++row)
            reports << personLink(m_model->index(row, 0, index));
        if (reportCount > namedReports)
            reports << escaped(tr("and %n more", nullptr, reportCount - namedReports));
        html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3'>");
        const auto addHtmlRow = [&](const QString &label, const QString &valueHtml) {
            html += QStringLiteral("<tr><td style='white-space:nowrap; padding-right:12px'><b>") + escaped(label) + QStringLiteral("</b></td><td>")
                    + valueHtml + QStringLiteral("</td></tr>");
        };
        const auto addRow = [&](const QString &label, const QString &value) { addHtmlRow(label, escaped(value)); };
        // "Held by" only where the source says who holds the role at this size.
        const RoleDetail *roleDetail = chart.nodes[size_t(node)].detail.get();
        const bool sized = roleDetail && roleDetail->variant(size).present;
        if (!holder.isEmpty())
            addRow(sized ? tr("Held by (%1)").arg(sizeName(size)) : tr("Title"), holder);
        addHtmlRow(tr("Reports to"), index.parent().isValid() ? personLink(index.parent()) : escaped(tr("nobody: the top of the chart")));
        addHtmlRow(reportCount ? tr("Direct reports (%1)").arg(QLocale().toString(reportCount)) : tr("Direct reports"),
                   reports.isEmpty() ? escaped(tr("none")) : reports.join(QStringLiteral(", ")));
        if (reportCount > 0)
            addRow(tr("Everyone below"), QLocale().toString(index.data(OrgChartModel::DescendantCountRole).toInt()));
        // A file's extra columns join the table while they are few; many go below it as lines of one
        // paragraph, which a text document lays out many times faster than table rows (1,000 columns:
        // 40 ms instead of 350 on every change of person).
        constexpr qsizetype columnsInTable = 40;
        const QVariantList fields = index.data(OrgChartModel::FieldsRole).toList();
        const bool fieldsInTable = fields.size() <= columnsInTable;
        for (qsizetype i = 0; fieldsInTable && i < fields.size(); ++i) {
            const QStringList pair = fields[i].toStringList();
            addHtmlRow(pair.value(0), linkedValue(pair.value(1)));
        }
        html += QStringLiteral("</table>");
        if (!fieldsInTable) {
            html += heading(tr("Columns (%1)").arg(QLocale().toString(fields.size()))) + QStringLiteral("<p>");
            for (const QVariant &field : fields) {
                const QStringList pair = field.toStringList();
                html += QStringLiteral("<b>") + escaped(pair.value(0)) + QStringLiteral("</b>: ") + linkedValue(pair.value(1)) + QStringLiteral("<br>");
            }
            html += QStringLiteral("</p>");
        }

        const RoleDetail *detail = chart.nodes[size_t(node)].detail.get();
        if (detail && !(detail->responsibilities.isEmpty() && detail->variant(size).responsibilities.isEmpty())) {
            html += heading(tr("Responsibilities")) + QStringLiteral("<ul>");
            for (const QString &duty : detail->responsibilities)
                html += QStringLiteral("<li>") + escaped(duty) + QStringLiteral("</li>");
            for (const QString &duty : detail->variant(size).responsibilities)
                html += QStringLiteral("<li>") + escaped(duty) + QStringLiteral(" <i>(") + escaped(sizeName(size))
                        + QStringLiteral(")</i></li>");
            html += QStringLiteral("</ul>");
        }

        for (const Link &link : chart.links) {
            if (link.from != node && link.to != node)
                continue;
            const QModelIndex partner = m_model->indexForNode(link.from == node ? link.to : link.from);
            html += heading(tr("Works with %1").arg(partner.data(OrgChartModel::HeadingRole).toString()));
            if (!link.summary.isEmpty())
                html += paragraph(link.summary);
            if (!link.points.isEmpty())
                html += QStringLiteral("<p>") + escaped(tr("They work together on:")) + QStringLiteral("</p>") + bulletList(link.points);
        }

        if (m_model->hasSizeVariants() && detail) {
            html += heading(tr("Small company vs large company"));
            bool known = false;
            for (CompanySize each : {CompanySize::Small, CompanySize::Large}) {
                const QString description = detail->variant(each).description;
                if (description.isEmpty())
                    continue;
                known = true;
                html += QStringLiteral("<p><b>") + escaped(each == CompanySize::Small ? tr("Small company") : tr("Large company"))
                        + (each == size ? escaped(tr(" (shown)")) : QString()) + QStringLiteral(":</b> ") + escaped(description)
                        + QStringLiteral("</p>");
            }
            if (!known)
                html += paragraph(tr("The source does not say how this role changes with the size of the company."));
            const QStringList changes = index.data(OrgChartModel::SizeChangesRole).toStringList();
            if (!changes.isEmpty())
                html += QStringLiteral("<p><b>") + escaped(tr("What changes, small → large:")) + QStringLiteral("</b></p>") + bulletList(changes);
        }

        const QStringList notes = index.data(OrgChartModel::NotesRole).toStringList();
        if (!notes.isEmpty())
            html += heading(tr("Good to know")) + bulletList(notes);
        html += sourcesSection(index.data(OrgChartModel::SourcesRole).toStringList());
    } else if (m_link >= 0 && m_link < int(chart.links.size())) {
        const Link &link = chart.links[size_t(m_link)];
        const QString from = m_model->indexForNode(link.from).data(OrgChartModel::HeadingRole).toString();
        const QString to = m_model->indexForNode(link.to).data(OrgChartModel::HeadingRole).toString();
        html += QStringLiteral("<h2>") + escaped(tr("%1 and %2: %3").arg(from, to, link.label)) + QStringLiteral("</h2>");
        if (!link.summary.isEmpty())
            html += paragraph(link.summary);
        if (!link.points.isEmpty())
            html += heading(tr("Where they work together")) + bulletList(link.points);
        html += sourcesSection(m_model->sourceLines(link.sourceIds));
    } else {
        html += QStringLiteral("<h2>") + escaped(chart.title.isEmpty() ? tr("Organisation chart") : chart.title)
                + QStringLiteral("</h2>");
        if (!chart.summary.isEmpty())
            html += paragraph(chart.summary);
        html += QStringLiteral("<p><i>") + escaped(tr("Click a box on the chart, or a dashed collaboration link, to see the details."))
                + QStringLiteral("</i></p>");
        constexpr size_t listedNodes = 12;
        if (chart.nodes.size() <= listedNodes) {
            QStringList roles;
            for (size_t node = 0; node < chart.nodes.size(); ++node) {
                const QModelIndex index = m_model->indexForNode(int(node));
                const QString summary = index.data(OrgChartModel::SummaryRole).toString();
                roles << (summary.isEmpty() ? nodeLabel(index) : nodeLabel(index) + QStringLiteral(": ") + summary);
            }
            if (!roles.isEmpty())
                html += heading(tr("On this chart")) + bulletList(roles);
        } else {
            html += heading(tr("On this chart"))
                    + bulletList({tr("%Ln people", nullptr, int(chart.nodes.size())),
                                  tr("%n at the top", nullptr, int(chart.roots.size())),
                                  tr("%n levels deep", nullptr, chart.levels)});
        }
        QStringList sources;
        for (const Source &source : chart.sources)
            sources << m_model->sourceLines({source.id});
        html += sourcesSection(sources);
    }
    setHtml(html);
}

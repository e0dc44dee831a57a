#pragma once

#include "orgchart.h"

#include <QAbstractItemModel>

// The organisation as a tree: one column, one row per person or role, children are direct reports.
// Text that depends on the company size follows companySize().
class OrgChartModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole,  // QString: the node's id in its file
        HeadingRole,            // QString: first line of the chart box (abbreviation, else name)
        SubtitleRole,           // QString: second line (holder at this size, else full name or job title)
        FocusRole,              // QString: third line (a role's focus at this size; a person's first extra column)
        NameRole,               // QString: full name of the role or person
        AbbreviationRole,       // QString: e.g. "CPO"; empty for people
        TitleRole,              // QString: a person's job title
        HolderRole,             // QString: who holds the role at this size; empty when it is the title itself
        SummaryRole,            // QString: one line; also the tooltip
        ResponsibilitiesRole,   // QStringList: common ones, then those of this size
        NotesRole,              // QStringList: further facts about the role
        SmallCompanyRole,       // QString: how the role looks in a small company; empty if unknown
        LargeCompanyRole,       // QString: the same for a large company
        SourcesRole,            // QStringList: "Name — what it is cited for"
        ActingRole,             // bool: held by a stand-in at this size (drawn differently)
        FieldsRole,             // QVariantList of QStringList{column, value}: extra columns
        DescendantCountRole,    // int: everyone below, at any depth
        MatchRole,              // bool: matches the search text, itself or through a collaboration
        CollaboratorRole,       // bool: matches only as one end of a collaboration on the search text
        SizeChangesRole,        // QStringList: what differs between a small and a large company, "small → large"
    };
    Q_ENUM(Role)

    explicit OrgChartModel(QObject *parent = nullptr);

    void setChart(OrgChart chart);
    const OrgChart &chart() const { return m_chart; }

    // Whether any role differs between a small and a large company: found once per chart, as the
    // chart's own answer walks every node.
    bool hasSizeVariants() const { return m_hasSizeVariants; }
    CompanySize companySize() const { return m_companySize; }
    void setCompanySize(CompanySize size);

    QModelIndex indexForNode(int node) const;
    int nodeForIndex(const QModelIndex &index) const; // -1 for the invisible root
    QModelIndex indexForId(const QString &id) const;
    QStringList sourceLines(const QStringList &sourceIds) const;

    // What data() answers for a node, without a QVariant: an SVG export asks for several texts of
    // each of 100,000 people. Nodes as indexForNode() takes them; empty for one out of range.
    QString displayText(int node) const;               // Qt::DisplayRole
    QString heading(int node) const;                   // HeadingRole
    QString subtitle(int node) const;                  // SubtitleRole
    QString focus(int node) const;                     // FocusRole
    QString holder(int node) const;                    // HolderRole
    QString summary(int node) const;                   // SummaryRole
    QStringList responsibilities(int node) const;      // ResponsibilitiesRole
    bool isActing(int node) const;                     // ActingRole

    // Search by name, abbreviation, title, holder, any extra column and responsibility (of the
    // company size shown), ignoring case; and by collaboration, whose two ends then match as
    // collaborators. Matches come in chart order (depth first).
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    const std::vector<int> &matches() const { return m_matches; }
    const std::vector<int> &matchingLinks() const { return m_matchingLinks; }
    QModelIndexList matchIndexes() const;
    QModelIndexList collaboratorIndexes() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void companySizeChanged(CompanySize size);
    void searchChanged();

private:
    const OrgNode *nodeAt(int node) const;
    const SizeVariant &variantOf(const OrgNode &node) const;
    const std::vector<int> &childrenOf(const QModelIndex &parent) const;
    // One dataChanged per run of neighbouring rows under one manager, for these nodes and roles.
    void emitDataChanged(std::vector<int> nodes, const QList<int> &roles);

    bool nodeMatches(int node, const QString &text) const;
    QStringList sizeChanges(const OrgNode &node) const;
    void runSearch();
    enum Match : char { NoMatch, Owner, Collaborator };

    OrgChart m_chart;
    CompanySize m_companySize = CompanySize::Large;
    bool m_hasSizeVariants = false;
    QString m_searchText;
    std::vector<int> m_matches;
    std::vector<int> m_matchingLinks;
    std::vector<Match> m_isMatch; // per node
};

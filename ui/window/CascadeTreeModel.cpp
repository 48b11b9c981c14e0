#include "window/CascadeTreeModel.h"

#include "common/SeverityIcon.h"
#include "document/WorkspaceDocument.h"

namespace Tepat {

CascadeTreeModel::CascadeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>(Node {NodeType::Rpjmd, 0, nullptr, 0, {}}))
{}

CascadeTreeModel::~CascadeTreeModel() = default;

CascadeTreeModel::Node *CascadeTreeModel::makeNode(Node *parent, NodeType type, qint64 id)
{
    auto node = std::make_unique<Node>(Node {type, id, parent, 0, {}});
    Node *raw = node.get();
    switch (type) {
    case NodeType::Item:
    case NodeType::Indicator:
    case NodeType::Pk:
        m_nodes.insert(id, raw);
        break;
    case NodeType::Opd:
        m_opds.insert(id, raw);
        break;
    case NodeType::Renstra:
        m_renstra.insert(id, raw);
        break;
    case NodeType::Rpjmd:
        break;
    }
    addChild(parent, std::move(node), -1);
    return raw;
}

void CascadeTreeModel::addChild(Node *parent, std::unique_ptr<Node> child, int row)
{
    if (row < 0 || row > int(parent->children.size()))
        row = int(parent->children.size());
    child->parent = parent;
    parent->children.insert(parent->children.begin() + row, std::move(child));
    renumber(parent);
}

void CascadeTreeModel::renumber(Node *parent)
{
    for (size_t i = 0; i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

void CascadeTreeModel::fillItem(Node *node)
{
    const Cascade &cascade = m_document->cascade();
    for (qint64 indicator : cascade.indicatorsOf(node->id))
        makeNode(node, NodeType::Indicator, indicator);
    for (qint64 child : cascade.childItems(node->id))
        fillItem(makeNode(node, NodeType::Item, child));
}

void CascadeTreeModel::fillPk(Node *node)
{
    for (qint64 sasaran : m_document->cascade().childItems(node->id))
        fillItem(makeNode(node, NodeType::Item, sasaran));
}

void CascadeTreeModel::setDocument(WorkspaceDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_root->children.clear();
    m_nodes.clear();
    m_opds.clear();
    m_renstra.clear();
    if (m_document) {
        const Cascade &cascade = m_document->cascade();
        // Building every node up front costs a few milliseconds at 10 000 indicators, less than
        // the first paint; fetchMore would make every lookup by id (findings, search) lazy too.
        m_nodes.reserve(cascade.itemCount() + cascade.indicatorCount() + cascade.pks().size());
        Node *rpjmd = makeNode(m_root.get(), NodeType::Rpjmd, 0);
        for (qint64 tujuan : cascade.childItems(0))
            fillItem(makeNode(rpjmd, NodeType::Item, tujuan));
        for (const Opd &opd : cascade.opds()) {
            Node *opdNode = makeNode(m_root.get(), NodeType::Opd, opd.id);
            Node *renstra = makeNode(opdNode, NodeType::Renstra, opd.id);
            for (qint64 tujuan : cascade.childItems(opd.id))
                fillItem(makeNode(renstra, NodeType::Item, tujuan));
            for (qint64 pk : cascade.pksOf(opd.id))
                fillPk(makeNode(opdNode, NodeType::Pk, pk));
        }
        for (qint64 pk : cascade.pksOf(0))
            fillPk(makeNode(m_root.get(), NodeType::Pk, pk));
        connect(
            m_document, &WorkspaceDocument::objectInserted, this, &CascadeTreeModel::onInserted);
        connect(m_document,
                &WorkspaceDocument::objectAboutToBeRemoved,
                this,
                &CascadeTreeModel::onAboutToBeRemoved);
        connect(m_document,
                &WorkspaceDocument::objectAboutToBeMoved,
                this,
                &CascadeTreeModel::onAboutToBeMoved);
        connect(m_document, &WorkspaceDocument::objectMoved, this, &CascadeTreeModel::onMoved);
        connect(m_document, &WorkspaceDocument::objectChanged, this, &CascadeTreeModel::onChanged);
        connect(m_document,
                &WorkspaceDocument::findingsChanged,
                this,
                &CascadeTreeModel::onFindingsChanged);
    }
    endResetModel();
}

// Where an object that is in the cascade belongs in the tree: its parent node and its row.
CascadeTreeModel::Node *CascadeTreeModel::containerOf(qint64 id, int &row) const
{
    const Cascade &cascade = m_document->cascade();
    if (const Indicator *indicator = cascade.indicator(id)) {
        row = int(cascade.indicatorsOf(indicator->ownerId).indexOf(id));
        return m_nodes.value(indicator->ownerId);
    }
    if (const PlanItem *item = cascade.item(id)) {
        row = int(cascade.childItems(item->parentId).indexOf(id));
        switch (PlanItem::parentRole(item->kind)) {
        case PlanItem::ParentRole::Rpjmd:
            return m_root->children.front().get();
        case PlanItem::ParentRole::Opd:
            return m_renstra.value(item->parentId);
        case PlanItem::ParentRole::Pk:
            return m_nodes.value(item->parentId);
        case PlanItem::ParentRole::Item:
            row += int(cascade.indicatorsOf(item->parentId).size());
            return m_nodes.value(item->parentId);
        }
    }
    if (cascade.objectType(id) == Cascade::ObjectType::Opd) {
        row = 1;
        while (row - 1 < cascade.opds().size() && cascade.opds()[row - 1].id != id)
            ++row;
        return m_root.get();
    }
    if (const PkDocument *pk = cascade.pk(id)) {
        // After the RPJMD and the OPDs at the top, after its OPD's Renstra under the OPD.
        row = (pk->opdId == 0 ? 1 + int(cascade.opds().size()) : 1)
            + int(cascade.pksOf(pk->opdId).indexOf(id));
        return pk->opdId == 0 ? m_root.get() : m_opds.value(pk->opdId);
    }
    return nullptr;
}

void CascadeTreeModel::onInserted(qint64 id)
{
    int row = 0;
    Node *parent = containerOf(id, row);
    if (!parent)
        return; // a comment
    const std::optional<Cascade::ObjectType> type = m_document->cascade().objectType(id);
    beginInsertRows(indexFor(parent), row, row);
    if (type == Cascade::ObjectType::Opd) {
        auto node = std::make_unique<Node>(Node {NodeType::Opd, id, parent, row, {}});
        Node *raw = node.get();
        m_opds.insert(id, raw);
        addChild(parent, std::move(node), row);
        makeNode(raw, NodeType::Renstra, id);
        endInsertRows();
        return;
    }
    const NodeType nodeType = type == Cascade::ObjectType::Indicator ? NodeType::Indicator
        : type == Cascade::ObjectType::Pk                            ? NodeType::Pk
                                                                     : NodeType::Item;
    auto node = std::make_unique<Node>(Node {nodeType, id, parent, row, {}});
    Node *raw = node.get();
    m_nodes.insert(id, raw);
    addChild(parent, std::move(node), row);
    if (nodeType == NodeType::Pk)
        fillPk(raw);
    else if (nodeType == NodeType::Item)
        fillItem(raw); // a restored subtree comes back whole
    endInsertRows();
}

void CascadeTreeModel::forget(Node *node)
{
    for (const auto &child : node->children)
        forget(child.get());
    if (m_nodes.value(node->id) == node)
        m_nodes.remove(node->id);
    if (m_opds.value(node->id) == node)
        m_opds.remove(node->id);
    if (m_renstra.value(node->id) == node)
        m_renstra.remove(node->id);
}

void CascadeTreeModel::onAboutToBeRemoved(qint64 id)
{
    Node *node = m_nodes.value(id);
    if (!node)
        node = m_opds.value(id);
    if (!node)
        return;
    Node *parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexFor(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    renumber(parent);
    endRemoveRows();
}

void CascadeTreeModel::onAboutToBeMoved(qint64 id, int position)
{
    Node *node = m_nodes.value(id);
    if (!node)
        return;
    const Cascade &cascade = m_document->cascade();
    int offset = 0;
    if (const PlanItem *item = cascade.item(id); item && item->parentId != 0)
        offset = int(cascade.indicatorsOf(item->parentId).size());
    const int siblings = node->type == NodeType::Indicator
        ? int(cascade.indicatorsOf(cascade.indicator(id)->ownerId).size())
        : int(cascade.childItems(cascade.item(id)->parentId).size());
    const int to = offset + std::clamp(position, 0, siblings - 1);
    if (to == node->row)
        return;
    const QModelIndex parent = indexFor(node->parent);
    // beginMoveRows counts the destination before the move: below the row it is one further.
    if (!beginMoveRows(parent, node->row, node->row, parent, to > node->row ? to + 1 : to))
        return;
    m_moving = node;
    m_moveTo = to;
}

void CascadeTreeModel::onMoved(qint64 id)
{
    if (!m_moving || m_moving->id != id)
        return;
    Node *parent = m_moving->parent;
    std::unique_ptr<Node> node = std::move(parent->children[size_t(m_moving->row)]);
    parent->children.erase(parent->children.begin() + m_moving->row);
    addChild(parent, std::move(node), m_moveTo);
    m_moving = nullptr;
    endMoveRows();
}

void CascadeTreeModel::onChanged(qint64 id)
{
    if (id == 0) {
        // The period names the RPJMD and every Renstra.
        emit dataChanged(index(0, 0), index(0, 0));
        for (Node *renstra : std::as_const(m_renstra)) {
            const QModelIndex at = indexFor(renstra);
            emit dataChanged(at, at);
        }
        return;
    }
    Node *node = m_nodes.value(id);
    if (!node)
        node = m_opds.value(id);
    if (node) {
        const QModelIndex at = indexFor(node);
        emit dataChanged(at, at);
    }
}

void CascadeTreeModel::onFindingsChanged(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (Node *node = m_nodes.value(id)) {
            const QModelIndex at = indexFor(node);
            emit dataChanged(at, at, {Qt::DecorationRole, Qt::ToolTipRole, FindingCountRole});
        }
    }
}

QModelIndex CascadeTreeModel::indexOf(qint64 id, NodeType type) const
{
    switch (type) {
    case NodeType::Opd:
        return indexFor(m_opds.value(id));
    case NodeType::Renstra:
        return indexFor(m_renstra.value(id));
    case NodeType::Rpjmd:
        return m_root->children.empty() ? QModelIndex() : index(0, 0);
    case NodeType::Item:
    case NodeType::Indicator:
    case NodeType::Pk:
        break;
    }
    return indexFor(m_nodes.value(id));
}

CascadeTreeModel::Node *CascadeTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CascadeTreeModel::indexFor(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex CascadeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (row < 0 || column != 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex CascadeTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!child.isValid() || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int CascadeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int CascadeTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString CascadeTreeModel::label(const Node &node) const
{
    const Cascade &cascade = m_document->cascade();
    switch (node.type) {
    case NodeType::Rpjmd:
        return tr("RPJMD %1–%2").arg(cascade.periode().startYear).arg(cascade.periode().endYear);
    case NodeType::Opd: {
        const Opd *opd = cascade.opd(node.id);
        if (!opd)
            return {};
        return opd->shortName.isEmpty() ? opd->name
                                        : QStringLiteral("%1 (%2)").arg(opd->name, opd->shortName);
    }
    case NodeType::Renstra:
        return tr("Renstra %1–%2").arg(cascade.periode().startYear).arg(cascade.periode().endYear);
    case NodeType::Pk: {
        const PkDocument *pk = cascade.pk(node.id);
        if (!pk)
            return {};
        const QString title
            = pk->kind == PkDocument::Kind::Perubahan ? tr("PK Perubahan %1") : tr("PK %1");
        return tr("%1 · %2 · %3")
            .arg(title.arg(pk->year), PkDocument::levelName(pk->level), pk->pihakPertama.name);
    }
    case NodeType::Item: {
        const PlanItem *item = cascade.item(node.id);
        if (!item)
            return {};
        const QString kind = PlanItem::displayName(item->kind);
        if (item->code.isEmpty())
            return tr("%1: %2").arg(kind, item->name);
        return tr("%1 %2: %3").arg(kind, item->code, item->name);
    }
    case NodeType::Indicator: {
        const Indicator *indicator = cascade.indicator(node.id);
        if (!indicator)
            return {};
        return indicator->text.isEmpty() ? tr("(indicator without text)") : indicator->text;
    }
    }
    return {};
}

QVariant CascadeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    const Node *node = nodeFor(index);
    const bool hasFindings = node->type == NodeType::Item || node->type == NodeType::Indicator
        || node->type == NodeType::Pk;
    switch (role) {
    case Qt::DisplayRole:
        return label(*node);
    case Qt::ToolTipRole: {
        const int count = hasFindings ? int(m_document->checker().findingsFor(node->id).size()) : 0;
        if (count == 0)
            return label(*node);
        return tr("%1\n%n finding(s)", nullptr, count).arg(label(*node));
    }
    case Qt::DecorationRole: {
        if (!hasFindings)
            return {};
        const QList<Finding> findings = m_document->checker().findingsFor(node->id);
        if (findings.isEmpty())
            return {};
        Severity worst = Severity::Info;
        for (const Finding &finding : findings)
            worst = std::max(worst, finding.severity);
        return SeverityIcon::icon(worst);
    }
    case FindingCountRole:
        return hasFindings ? int(m_document->checker().findingsFor(node->id).size()) : 0;
    case NodeTypeRole:
        return int(node->type);
    case ObjectIdRole:
        return node->id;
    default:
        return {};
    }
}

QVariant CascadeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Cascade");
    return {};
}

} // namespace Tepat

#include "CascadeTreeModel.h"

namespace Tepat {

CascadeTreeModel::CascadeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>(Node {NodeType::Rpjmd, 0, nullptr, 0, {}}))
{}

CascadeTreeModel::~CascadeTreeModel() = default;

CascadeTreeModel::Node *CascadeTreeModel::addChild(Node *parent, NodeType type, qint64 id)
{
    parent->children.push_back(
        std::make_unique<Node>(Node {type, id, parent, int(parent->children.size()), {}}));
    return parent->children.back().get();
}

void CascadeTreeModel::addItems(Node *parent, qint64 parentId)
{
    for (qint64 id : m_cascade->childItems(parentId)) {
        Node *node = addChild(parent, NodeType::Item, id);
        for (qint64 indicator : m_cascade->indicatorsOf(id))
            addChild(node, NodeType::Indicator, indicator);
        addItems(node, id);
    }
}

void CascadeTreeModel::setCascade(const Cascade *cascade)
{
    beginResetModel();
    m_cascade = cascade;
    m_root->children.clear();
    if (m_cascade) {
        addItems(addChild(m_root.get(), NodeType::Rpjmd, 0), 0);
        for (const Opd &opd : m_cascade->opds()) {
            Node *opdNode = addChild(m_root.get(), NodeType::Opd, opd.id);
            addItems(addChild(opdNode, NodeType::Renstra, opd.id), opd.id);
            for (const PkDocument &pk : m_cascade->pks()) {
                if (pk.opdId == opd.id)
                    addItems(addChild(opdNode, NodeType::Pk, pk.id), pk.id);
            }
        }
        for (const PkDocument &pk : m_cascade->pks()) {
            if (pk.opdId == 0)
                addItems(addChild(m_root.get(), NodeType::Pk, pk.id), pk.id);
        }
    }
    endResetModel();
}

CascadeTreeModel::Node *CascadeTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
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
    switch (node.type) {
    case NodeType::Rpjmd:
        return tr("RPJMD %1–%2")
            .arg(m_cascade->periode().startYear)
            .arg(m_cascade->periode().endYear);
    case NodeType::Opd: {
        const Opd *opd = m_cascade->opd(node.id);
        return opd->shortName.isEmpty() ? opd->name
                                        : QStringLiteral("%1 (%2)").arg(opd->name, opd->shortName);
    }
    case NodeType::Renstra:
        return tr("Renstra %1–%2")
            .arg(m_cascade->periode().startYear)
            .arg(m_cascade->periode().endYear);
    case NodeType::Pk: {
        const PkDocument *pk = m_cascade->pk(node.id);
        const QString title
            = pk->kind == PkDocument::Kind::Perubahan ? tr("PK Perubahan %1") : tr("PK %1");
        return tr("%1 · %2 · %3")
            .arg(title.arg(pk->year), PkDocument::levelName(pk->level), pk->pihakPertama.name);
    }
    case NodeType::Item: {
        const PlanItem *item = m_cascade->item(node.id);
        const QString kind = PlanItem::displayName(item->kind);
        if (item->code.isEmpty())
            return tr("%1: %2").arg(kind, item->name);
        return tr("%1 %2: %3").arg(kind, item->code, item->name);
    }
    case NodeType::Indicator:
        return m_cascade->indicator(node.id)->text;
    }
    return {};
}

QVariant CascadeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_cascade)
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return label(*node);
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

#pragma once

#include "model/Cascade.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace Tepat {

class WorkspaceDocument;

// The cascade as one tree: the RPJMD, then each OPD with its Renstra and its PKs, then the
// kepala daerah's PKs; under a plan item come its indicators, then its child items. The model
// reads the open document live and follows its signals with row inserts, removals and moves, so
// an edit never resets the tree (selection and expansion survive typing and undo). It keeps a
// light index of (type, id) nodes so that QModelIndex::internalPointer stays valid.
class CascadeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeType { Rpjmd, Opd, Renstra, Pk, Item, Indicator };
    enum Role { NodeTypeRole = Qt::UserRole + 1, ObjectIdRole, FindingCountRole };

    explicit CascadeTreeModel(QObject *parent = nullptr);
    ~CascadeTreeModel() override;

    // The document must outlive the model or be replaced before it goes away.
    void setDocument(WorkspaceDocument *document);
    // The index of an item, indicator or PK, or of an OPD (type Opd) or its Renstra (Renstra).
    QModelIndex indexOf(qint64 id, NodeType type = NodeType::Item) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeType type;
        qint64 id;
        Node *parent;
        int row;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node) const;
    Node *makeNode(Node *parent, NodeType type, qint64 id);
    void addChild(Node *parent, std::unique_ptr<Node> child, int row);
    void fillItem(Node *node);
    void fillPk(Node *node);
    void forget(Node *node);
    void renumber(Node *parent);
    Node *containerOf(qint64 id, int &row) const;
    QString label(const Node &node) const;

    void onInserted(qint64 id);
    void onAboutToBeRemoved(qint64 id);
    void onAboutToBeMoved(qint64 id, int position);
    void onMoved(qint64 id);
    void onChanged(qint64 id);
    void onFindingsChanged(const QList<qint64> &ids);

    WorkspaceDocument *m_document = nullptr;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_nodes;   // items, indicators and PKs by id
    QHash<qint64, Node *> m_opds;    // OPD nodes by OPD id
    QHash<qint64, Node *> m_renstra; // Renstra nodes by OPD id
    Node *m_moving = nullptr;
    int m_moveTo = -1;
};

} // namespace Tepat

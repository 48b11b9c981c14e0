#pragma once

#include "Cascade.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Tepat {

// The cascade as one tree: the RPJMD, then each OPD with its Renstra and its PKs, then the
// kepala daerah's PKs; indicators are the leaves. The model reads the cascade it is given and
// keeps a light index of (type, id) nodes so that QModelIndex::internalPointer stays valid.
class CascadeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeType { Rpjmd, Opd, Renstra, Pk, Item, Indicator };
    enum Role { NodeTypeRole = Qt::UserRole + 1, ObjectIdRole };

    explicit CascadeTreeModel(QObject *parent = nullptr);
    ~CascadeTreeModel() override;

    // The cascade must outlive the model or be replaced before it goes away.
    void setCascade(const Cascade *cascade);

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
    Node *addChild(Node *parent, NodeType type, qint64 id);
    void addItems(Node *parent, qint64 parentId);
    QString label(const Node &node) const;

    const Cascade *m_cascade = nullptr;
    std::unique_ptr<Node> m_root;
};

} // namespace Tepat

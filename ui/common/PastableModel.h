#pragma once

#include <QList>
#include <QModelIndex>
#include <QStringList>

namespace Tepat {

// A table model that takes a block of pasted cells, from the cell at start rightwards and
// downwards, as one undo step. PasteTableView calls it on Ctrl+V.
class PastableModel
{
public:
    virtual ~PastableModel() = default;
    virtual bool pasteCells(const QModelIndex &start, const QList<QStringList> &cells) = 0;
};

} // namespace Tepat

#include "common/SearchPicker.h"

#include <QCompleter>

namespace Tepat {

SearchPicker::SearchPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.isEmpty())
            emit chosen(0);
    });
}

void SearchPicker::setCandidates(QAbstractItemModel *candidates, int idRole)
{
    m_completer->setModel(candidates);
    connect(
        m_completer,
        qOverload<const QModelIndex &>(&QCompleter::activated),
        this,
        [this, idRole](const QModelIndex &index) { emit chosen(index.data(idRole).toLongLong()); });
}

} // namespace Tepat

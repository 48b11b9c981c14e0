#include "ProgramPicker.h"

#include "ProgramCandidateModel.h"
#include "WorkspaceDocument.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace Tepat {

ProgramPicker::ProgramPicker(WorkspaceDocument *document, QWidget *parent)
    : QLineEdit(parent)
    , m_document(document)
    , m_candidates(new ProgramCandidateModel(document, this))
    , m_completer(new QCompleter(m_candidates, this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Type part of the Renstra program, kegiatan or sub kegiatan…"));
    connect(m_completer,
            qOverload<const QModelIndex &>(&QCompleter::activated),
            this,
            [this](const QModelIndex &index) {
                emit chosen(index.data(ProgramCandidateModel::ItemIdRole).toLongLong());
            });
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.isEmpty())
            emit chosen(0);
    });
}

void ProgramPicker::setPk(qint64 pkId)
{
    m_candidates->setPk(pkId);
}

void ProgramPicker::setCurrentItem(qint64 itemId)
{
    m_itemId = itemId;
    if (!hasFocus())
        showCurrent();
}

void ProgramPicker::showCurrent()
{
    setText(ProgramCandidateModel::label(*m_document, m_itemId));
}

void ProgramPicker::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (!m_completer->popup()->isVisible())
        showCurrent();
}

} // namespace Tepat

#include "editors/ProgramPicker.h"

#include "document/WorkspaceDocument.h"
#include "editors/ProgramCandidateModel.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace Tepat {

ProgramPicker::ProgramPicker(WorkspaceDocument *document, QWidget *parent)
    : SearchPicker(parent)
    , m_document(document)
    , m_candidates(new ProgramCandidateModel(document, this))
{
    setCandidates(m_candidates, ProgramCandidateModel::ItemIdRole);
    setPlaceholderText(tr("Type part of the Renstra program, kegiatan or sub kegiatan…"));
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
    if (!completer()->popup()->isVisible())
        showCurrent();
}

} // namespace Tepat

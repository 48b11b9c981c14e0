#pragma once

#include "common/SearchPicker.h"

namespace Tepat {

class ProgramCandidateModel;
class WorkspaceDocument;

// Search-as-you-type for the Renstra program, kegiatan or sub kegiatan a PK program row comes
// from: any part of the code or name lists the matches; choosing one links the row, clearing the
// field unlinks it. A text that matches nothing is put back when the field loses focus.
class ProgramPicker : public SearchPicker
{
    Q_OBJECT

public:
    explicit ProgramPicker(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setPk(qint64 pkId);
    // The item the edited row comes from now (0 for none); shown as its code and name.
    void setCurrentItem(qint64 itemId);
    ProgramCandidateModel *candidates() const { return m_candidates; }

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showCurrent();

    WorkspaceDocument *m_document;
    ProgramCandidateModel *m_candidates;
    qint64 m_itemId = 0;
};

} // namespace Tepat

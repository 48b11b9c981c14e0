#pragma once

#include "document/commands/CommandId.h"

#include <QUndoCommand>

#include <optional>

namespace Tepat {

class WorkspaceDocument;

// Replaces one object of the workspace (an OPD, plan item, indicator, PK or comment) by an edited
// copy. It holds the object's id and both states by value, never a pointer into the cascade, and
// typing into one field merges into one undo step. A subclass names the object kind: how its
// state is put back into the document, and the text of the step.
template<typename T>
class EditObjectCommand : public QUndoCommand
{
public:
    void undo() override
    {
        if (!apply(m_before))
            setObsolete(true);
    }

    void redo() override
    {
        if (isObsolete() || !apply(m_after))
            setObsolete(true);
    }

    int id() const override { return m_mergeable ? int(m_commandId) : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        // One command per keystroke keeps findings live; users want one step per field. The
        // stack only offers commands of the same id, so other is of this type.
        const auto *next = static_cast<const EditObjectCommand *>(other);
        if (next->m_document != m_document || next->m_after.id != m_after.id
            || next->m_field != m_field || !next->m_mergeable) {
            return false;
        }
        m_after = next->m_after;
        setObsolete(m_after == m_before); // typed and erased again: no step at all
        return true;
    }

protected:
    // field names what changed (a Finding::Field name or an editor's own); only commands on the
    // same object and field merge, and only when mergeable is true (a paste is one step of its
    // own). before is the object as the cascade has it now; nullptr makes the command obsolete.
    EditObjectCommand(WorkspaceDocument *document,
                      CommandId commandId,
                      const T *before,
                      const T &after,
                      const QString &field,
                      bool mergeable)
        : m_document(document)
        , m_commandId(commandId)
        , m_after(after)
        , m_field(field)
        , m_mergeable(mergeable)
    {
        if (before)
            m_before = *before;
        else
            setObsolete(true);
    }

    // For state the cascade does not keep as one object (the realisasi of an indicator): built
    // from it on the spot; nullopt when the object is gone.
    EditObjectCommand(WorkspaceDocument *document,
                      CommandId commandId,
                      const std::optional<T> &before,
                      const T &after,
                      const QString &field,
                      bool mergeable)
        : EditObjectCommand(
            document, commandId, before ? &*before : nullptr, after, field, mergeable)
    {}

    WorkspaceDocument *document() const { return m_document; }
    // Puts a state of the object into the document; false when the object is gone.
    virtual bool apply(const T &state) = 0;

private:
    WorkspaceDocument *m_document;
    CommandId m_commandId;
    T m_before;
    T m_after;
    QString m_field;
    bool m_mergeable;
};

} // namespace Tepat

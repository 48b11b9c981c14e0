#include "WorkspaceEdit.h"

#include "document/Autosave.h"

#include <QFileInfo>
#include <QUndoStack>

namespace Tepat {

Result<std::unique_ptr<WorkspaceDocument>> WorkspaceEdit::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<std::unique_ptr<WorkspaceDocument>> document
        = WorkspaceDocument::open(absolute, WorkspaceDocument::Check::Later);
    if (!document)
        return document;
    if ((*document)->isReadOnly()) {
        return fail(Error(Error::Code::ReadOnly,
                          tr("%1 cannot be written, so it cannot be changed.").arg(absolute),
                          absolute));
    }
    (*document)->autosave()->setInterval(0);
    return document;
}

Result<void> WorkspaceEdit::apply(WorkspaceDocument &document,
                                  std::unique_ptr<QUndoCommand> command)
{
    QString refusal;
    const QMetaObject::Connection listening = QObject::connect(
        &document, &WorkspaceDocument::editRefused, [&](const QString &why) { refusal = why; });
    const int before = document.undoStack()->count();
    document.undoStack()->push(command.release());
    QObject::disconnect(listening);
    // A command the document refused makes itself obsolete, and the stack drops it.
    if (document.undoStack()->count() == before) {
        return fail(Error(Error::Code::ReadOnly,
                          refusal.isEmpty() ? tr("The change could not be made.") : refusal,
                          document.path()));
    }
    return document.save();
}

Result<qint64> WorkspaceEdit::pk(const Cascade &cascade, const QString &id, const QString &path)
{
    bool number = false;
    const qint64 pkId = id.toLongLong(&number);
    if (!number || !cascade.pk(pkId)) {
        return fail(
            Error(Error::Code::NotFound,
                  tr("%1 has no PK with the id %2 (tepat-cli info lists them).").arg(path, id),
                  path));
    }
    return pkId;
}

QString WorkspaceEdit::author()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace Tepat

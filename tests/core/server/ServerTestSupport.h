#pragma once

#include "document/WorkspaceDocument.h"
#include "server/ServerStore.h"

namespace Tepat::ServerTestSupport {

// A fresh Tepat server database with the sample workspace published in it; its superuser URL.
QString publishedSample();
// Connects as the URL's login; fails the test if it cannot.
std::unique_ptr<ServerStore> connect(const QString &url);
std::unique_ptr<WorkspaceDocument> open(const QString &url);
// Creates a login with a password and a role (and OPDs for a penyusun); its URL.
QString login(const QString &databaseUrl, ServerStore::Role role, const QStringList &opdCodes = {});
// An indicator of a Renstra or PK of the OPD with this position in the list, and one of the
// RPJMD (opdIndex -1).
qint64 indicatorOf(const Cascade &cascade, int opdIndex);
// The last PK of the OPD that has a sasaran, and its first indicator; fails the test if none.
struct PkPick
{
    qint64 pkId = 0;
    qint64 indicatorId = 0;
};
PkPick pkOf(const Cascade &cascade, qint64 opdId);
// Ends every session of a login, as a restarted server or a broken network would.
void dropSessions(const QString &databaseUrl, const QString &user);
// Pushes an edit of an indicator's text through the undo stack, as the editor does.
void editText(WorkspaceDocument &document, qint64 indicatorId, const QString &text);

} // namespace Tepat::ServerTestSupport

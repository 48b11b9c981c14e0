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
// Pushes an edit of an indicator's text through the undo stack, as the editor does.
void editText(WorkspaceDocument &document, qint64 indicatorId, const QString &text);

} // namespace Tepat::ServerTestSupport

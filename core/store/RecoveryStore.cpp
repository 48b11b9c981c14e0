#include "store/RecoveryStore.h"

#include "store/WorkspaceFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace Tepat {

namespace {

const QString workspaceField = QStringLiteral("workspace");
const QString pemdaField = QStringLiteral("pemda");
const QString savedAtField = QStringLiteral("savedAt");

// Whether the copy's lock can be taken, i.e. no running Tepat writes it; taken and released at
// once.
bool isUnheld(const QString &lockPath)
{
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
}

} // namespace

RecoveryStore::RecoveryStore(QString folder)
    : m_folder(std::move(folder))
{}

QString RecoveryStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QString RecoveryStore::keyFor(const QString &workspacePath)
{
    const QByteArray path = QDir::cleanPath(QFileInfo(workspacePath).absoluteFilePath()).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(20));
}

QString RecoveryStore::uniqueKey(const QString &prefix)
{
    return prefix + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QString RecoveryStore::copyPath(const QString &key) const
{
    return QDir(m_folder).filePath(key + WorkspaceFile::extension);
}

QString RecoveryStore::infoPath(const QString &key) const
{
    return QDir(m_folder).filePath(key + QStringLiteral(".json"));
}

QString RecoveryStore::lockPath(const QString &key) const
{
    return QDir(m_folder).filePath(key + QStringLiteral(".lock"));
}

QList<RecoveryEntry> RecoveryStore::orphans() const
{
    QList<RecoveryEntry> found;
    const QStringList infos
        = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &info : infos) {
        const QString key = QFileInfo(info).completeBaseName();
        if (!QFileInfo::exists(copyPath(key)) || !isUnheld(lockPath(key)))
            continue;
        if (std::optional<RecoveryEntry> entry = readInfo(key))
            found.append(*entry);
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.savedAt > b.savedAt;
    });
    return found;
}

std::optional<RecoveryEntry> RecoveryStore::orphanFor(const QString &workspacePath) const
{
    const QString absolute = QFileInfo(workspacePath).absoluteFilePath();
    for (const RecoveryEntry &entry : orphans()) {
        if (entry.workspacePath == absolute)
            return entry;
    }
    return std::nullopt;
}

Result<Cascade> RecoveryStore::load(const RecoveryEntry &entry) const
{
    return WorkspaceFile::load(copyPath(entry.key));
}

void RecoveryStore::remove(const RecoveryEntry &entry) const
{
    QLockFile lock(lockPath(entry.key));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return;
    removeFiles(entry.key);
    lock.unlock();
}

Result<void> RecoveryStore::writeInfo(const RecoveryEntry &entry) const
{
    QJsonObject info;
    info.insert(workspaceField, entry.workspacePath);
    info.insert(pemdaField, entry.pemdaName);
    info.insert(savedAtField, entry.savedAt.toString(Qt::ISODate));
    // After the copy it describes, and atomically: an entry never points at half a copy.
    QSaveFile file(infoPath(entry.key));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(info).toJson()) < 0
        || !file.commit()) {
        return fail(Error(Error::Code::Io,
                          tr("Cannot write %1: %2").arg(infoPath(entry.key), file.errorString()),
                          infoPath(entry.key)));
    }
    return {};
}

void RecoveryStore::removeFiles(const QString &key) const
{
    // The description first: without it what remains is no entry.
    QFile::remove(infoPath(key));
    QFile::remove(copyPath(key));
}

std::optional<RecoveryEntry> RecoveryStore::readInfo(const QString &key) const
{
    QFile file(infoPath(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
    RecoveryEntry entry;
    entry.key = key;
    entry.workspacePath = info.value(workspaceField).toString();
    entry.pemdaName = info.value(pemdaField).toString();
    entry.savedAt = QDateTime::fromString(info.value(savedAtField).toString(), Qt::ISODate);
    if (!entry.savedAt.isValid())
        return std::nullopt;
    return entry;
}

} // namespace Tepat

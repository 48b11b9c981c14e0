#pragma once

#include "base/Result.h"
#include "model/Cascade.h"
#include "store/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Tepat {

// Reads the JSON form of a workspace (docs/json-format.md) into a Cascade. Every value is checked
// for its type and meaning, and a failure names the file and the JSON path of the value, e.g.
// "opds[1].renstra[0].children[2].pagu.2026", so a hand-edited file can be mended. One class of
// a little over 500 lines: it follows docs/json-format.md section by section, and the typed field
// access it shares with nothing else is already apart, in JsonFields.
class CascadeJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::CascadeJsonReader)

public:
    explicit CascadeJsonReader(const QString &fileName);

    Result<Cascade> read(const QJsonObject &root) const;

private:
    enum class Tree { Rpjmd, Renstra, Pk };

    Result<void> readPemda(Cascade &cascade, const QJsonObject &root) const;
    Result<void> readPeriode(Cascade &cascade, const QJsonObject &root) const;
    Result<void> readOpds(Cascade &cascade, const QJsonArray &opds) const;
    Result<Official>
    official(const QJsonObject &object, const char *key, const QString &path) const;
    Result<void> readIndicators(Cascade &cascade,
                                const QJsonObject &object,
                                qint64 ownerId,
                                const QString &path) const;
    Result<void> readTree(Cascade &cascade,
                          const QJsonArray &items,
                          Tree tree,
                          qint64 parentId,
                          std::optional<PlanItem::Kind> parentKind,
                          const QString &path) const;
    Result<PlanItem::Kind> itemKind(const QJsonObject &source,
                                    Tree tree,
                                    std::optional<PlanItem::Kind> parentKind,
                                    const QString &path) const;
    Result<void> readPk(Cascade &cascade, const QJsonObject &object, const QString &path) const;
    Result<QList<PkProgram>> programs(const QJsonObject &pk, const QString &path) const;
    Result<QList<PkLockEvent>> lockHistory(const QJsonObject &pk, const QString &path) const;
    Result<void> readCheckSettings(Cascade &cascade, const QJsonObject &root) const;
    Result<void> readPrintSettings(Cascade &cascade, const QJsonObject &root) const;
    Result<void> readServerOrigin(Cascade &cascade, const QJsonObject &root) const;
    Result<void> readComments(Cascade &cascade, const QJsonArray &comments) const;

    QString m_fileName;
    JsonFields m_fields;
};

} // namespace Tepat

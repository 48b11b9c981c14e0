#include "common/UiLanguage.h"
#include "sheet/SheetFile.h"
#include "store/CascadeJson.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceSchema.h"
#include "support/QtStringMakers.h"
#include "values/IndonesianNumber.h"
#include "values/PaperFormat.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <functional>

using namespace Tepat;

namespace {

struct Scenario
{
    const char *what;
    std::function<QString()> message;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

// Messages made in core reach the window as they are: opening a damaged or foreign file, a bad
// sheet in the import wizard, a bad JSON import, a paper or number the user typed. Each must come
// out in Indonesian when the window speaks Indonesian. Comparing with the English text catches a
// message whose source lupdate never saw, which the catalogue test cannot.
TEST_CASE("The Indonesian window shows core's messages in Indonesian", "[language]")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("foreign.tepat"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("indonesian-messages"));
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE other(x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("indonesian-messages"));
    const QString newer = dir.filePath(QStringLiteral("newer.tepat"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer-format"));
        db.setDatabaseName(newer);
        REQUIRE(db.open());
        QSqlQuery(db).exec(
            QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceSchema::applicationId));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE meta(x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer-format"));
    const QString quote = dir.filePath(QStringLiteral("quote.csv"));
    writeFile(quote, "indikator;satuan\n\"Persentase balita;%\n");
    const QString badJson = dir.filePath(QStringLiteral("text.json"));
    writeFile(badJson,
              "{\"format\": \"tepat-workspace\", \"version\": 1, \"pemda\": {\"name\": 5}}");

    const QList<Scenario> scenarios {
        {"a foreign SQLite file", [&] { return WorkspaceFile::load(foreign).error().message; }},
        {"a missing workspace",
         [&] {
             return WorkspaceFile::load(dir.filePath(QStringLiteral("none.tepat"))).error().message;
         }},
        {"a workspace of a newer format",
         [&] { return WorkspaceFile::load(newer).error().message; }},
        {"a CSV cell with an unclosed quote",
         [&] { return SheetFile::read(quote).error().message; }},
        {"a JSON text field of the wrong type",
         [&] {
             QFile file(badJson);
             file.open(QIODevice::ReadOnly);
             return CascadeJson::read(file.readAll(), badJson).error().message;
         }},
        {"a paper size Tepat does not print on",
         [] { return PaperFormat::fromName(u"a5").error().message; }},
        {"a number that is not one",
         [] { return IndonesianNumber::parse(u"1.2.3").error().message; }},
    };

    QStringList english;
    REQUIRE(UiLanguage::apply(Language::English));
    for (const Scenario &scenario : scenarios)
        english.append(scenario.message());
    REQUIRE(UiLanguage::apply(Language::Indonesian));
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        INFO(scenarios[i].what);
        const QString indonesian = scenarios[i].message();
        INFO(indonesian.toStdString());
        CHECK_FALSE(indonesian.isEmpty());
        CHECK(indonesian != english[i]);
    }
    UiLanguage::apply(Language::English);
}

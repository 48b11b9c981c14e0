// Load on a Tepat server: 20 users drafting in 20 different OPDs and 2 users editing the same
// objects, for a while, each edit one transaction as the window sends it. Prints edits per second,
// conflicts reported, edits lost (must be 0: every accepted edit is in the server's history and the
// last accepted one of each object is what the server holds), the round trip of an edit (p50, p95)
// and the time to open a 10 000-indicator pemda from the server. Not a test:
// bench/run-server-bench.sh starts a throw-away server and runs it.
//
// Usage: tepat-bench-server URL [SECONDS] [INDICATORS] [THINK_MS]
//   URL: a superuser's URL of an empty database.

#include "SyntheticCascade.h"
#include "document/WorkspaceDocument.h"
#include "server/WorkspaceSource.h"
#include "store/ObjectRows.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

using namespace Tepat;

namespace {

struct Accepted
{
    qint64 id;
    QString text;
    qint64 version;
};

struct UserResult
{
    QList<Accepted> accepted;
    QList<double> roundTrips; // ms
    int conflicts = 0;
    QStringList errors;
};

QString urlAs(const QString &url, const QString &user, const QString &password)
{
    QUrl copy(url);
    copy.setUserName(user);
    copy.setPassword(password);
    return copy.toString();
}

// One simulated user: edits a random indicator of its own, sends it, and on a refusal reads the
// object again as the window does, until the time is up.
UserResult simulate(const QString &url,
                    const Cascade &base,
                    const QHash<qint64, qint64> &versions,
                    const QList<qint64> &mine,
                    int user,
                    qint64 deadlineMs,
                    int thinkMs)
{
    UserResult result;
    Result<std::unique_ptr<ServerStore>> store = WorkspaceSource::connect(url);
    if (!store) {
        result.errors.append(store.error().message);
        return result;
    }
    Cascade local = base;
    for (qint64 id : mine)
        (*store)->assumeVersion(id, versions.value(id), ObjectRows::hash(ObjectRows::of(base, id)));
    QElapsedTimer clock;
    clock.start();
    QRandomGenerator random(quint32(user + 1));
    for (int edit = 0; clock.elapsed() < deadlineMs; ++edit) {
        const qint64 id = mine.at(random.bounded(int(mine.size())));
        Indicator edited = *local.indicator(id);
        edited.text = QStringLiteral("Indikator u%1 e%2").arg(user).arg(edit);
        edited.targets.insert(base.periode().endYear,
                              TargetValue::parse(QString::number(random.bounded(1, 100))));
        local.updateIndicator(edited);
        QElapsedTimer roundTrip;
        roundTrip.start();
        const Result<void> written = (*store)->write(local, {id});
        const double ms = double(roundTrip.nsecsElapsed()) / 1e6;
        if (written) {
            result.roundTrips.append(ms);
            result.accepted.append({id, edited.text, (*store)->version(id)});
        } else if (written.error().code == Error::Code::Conflict) {
            ++result.conflicts;
            const Result<ServerStore::Objects> fresh = (*store)->read({id});
            if (fresh && !fresh->indicators.isEmpty())
                local.updateIndicator(fresh->indicators.first().object);
        } else {
            result.errors.append(written.error().message);
        }
        if (thinkMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(thinkMs));
    }
    return result;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        out << "usage: tepat-bench-server URL [SECONDS] [INDICATORS] [THINK_MS]" << Qt::endl;
        return 2;
    }
    const QString url = arguments.at(1);
    const int seconds = arguments.value(2, QStringLiteral("60")).toInt();
    const int size = arguments.value(3, QStringLiteral("10000")).toInt();
    const int thinkMs = arguments.value(4, QStringLiteral("0")).toInt();
    const auto fatal = [&](const Error &error) {
        out << "failed: " << error.message << Qt::endl;
        return 1;
    };

    if (const auto setup = WorkspaceSource::initServer(url); !setup)
        return fatal(setup.error());
    const Cascade generated = SyntheticCascade::generate(size);
    QElapsedTimer timer;
    timer.start();
    {
        Result<std::unique_ptr<ServerStore>> admin = WorkspaceSource::connect(url);
        if (!admin)
            return fatal(admin.error());
        if (Result<void> published = (*admin)->publish(generated); !published)
            return fatal(published.error());
    }
    out << QStringLiteral("publish %1 indicators, %2 OPD: %3 s")
               .arg(generated.indicatorCount())
               .arg(generated.opds().size())
               .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
        << Qt::endl;

    // Opening as the window does: connect, load in one snapshot, check everything, listen.
    timer.restart();
    Result<std::unique_ptr<ServerStore>> store = WorkspaceSource::connect(url);
    if (!store)
        return fatal(store.error());
    const qint64 connected = timer.elapsed();
    Result<std::unique_ptr<WorkspaceDocument>> document
        = WorkspaceDocument::openServer(std::move(*store), WorkspaceDocument::Check::Now);
    if (!document)
        return fatal(document.error());
    out << QStringLiteral("open a %1-indicator pemda from the server: %2 ms (connect %3 ms, load, "
                          "check and listen %4 ms; aim 2000 ms)")
               .arg((*document)->cascade().indicatorCount())
               .arg(timer.elapsed())
               .arg(connected)
               .arg(timer.elapsed() - connected)
        << Qt::endl;
    const Cascade &base = (*document)->cascade();
    const QHash<qint64, qint64> versions = (*document)->server()->versions();

    // 20 penyusun, each of one OPD, on their Renstra indicators; 2 admins on the same RPJMD ones.
    QList<QList<qint64>> work;
    QList<QString> logins;
    for (int user = 0; user < 22; ++user) {
        const bool shared = user >= 20;
        const Opd &opd = base.opds().at(shared ? 0 : user % base.opds().size());
        QList<qint64> mine;
        QList<qint64> pending {shared ? 0 : opd.id};
        while (!pending.isEmpty() && mine.size() < (shared ? 5 : 200)) {
            const qint64 parent = pending.takeFirst();
            for (qint64 item : base.childItems(parent)) {
                pending.append(item);
                mine.append(base.indicatorsOf(item));
            }
        }
        mine = mine.mid(0, shared ? 5 : 200);
        const QString name = shared ? QStringLiteral("bench_admin_%1").arg(user)
                                    : QStringLiteral("bench_penyusun_%1").arg(user);
        const Result<void> granted = (*document)->server()->grant(
            name,
            shared ? ServerStore::Role::Admin : ServerStore::Role::Penyusun,
            shared ? QStringList() : QStringList {opd.code},
            QStringLiteral("bench-password"));
        if (!granted)
            return fatal(granted.error());
        work.append(mine);
        logins.append(urlAs(url, name, QStringLiteral("bench-password")));
    }

    std::vector<UserResult> results(work.size());
    std::vector<std::thread> users;
    timer.restart();
    for (int user = 0; user < work.size(); ++user) {
        users.emplace_back([&, user] {
            results[user]
                = simulate(logins[user], base, versions, work[user], user, seconds * 1000, thinkMs);
        });
    }
    for (std::thread &thread : users)
        thread.join();
    const double elapsed = double(timer.elapsed()) / 1000;

    QList<double> roundTrips;
    QList<Accepted> accepted;
    int conflicts = 0;
    int errors = 0;
    for (const UserResult &result : results) {
        roundTrips += result.roundTrips;
        accepted += result.accepted;
        conflicts += result.conflicts;
        errors += int(result.errors.size());
        for (const QString &error : result.errors.mid(0, 3))
            out << "error: " << error << Qt::endl;
    }
    // Lost: an accepted edit missing from the history, or an object whose last accepted edit is
    // not what the server holds.
    Result<std::unique_ptr<ServerStore>> checker = WorkspaceSource::connect(url);
    if (!checker)
        return fatal(checker.error());
    int lost = 0;
    QHash<qint64, Accepted> last;
    QSet<qint64> touched;
    for (const Accepted &edit : std::as_const(accepted)) {
        touched.insert(edit.id);
        if (!last.contains(edit.id) || last[edit.id].version < edit.version)
            last.insert(edit.id, edit);
    }
    QHash<qint64, QSet<QString>> recorded;
    for (qint64 id : std::as_const(touched)) {
        const Result<QList<ServerStore::HistoryEntry>> history = (*checker)->history(id);
        if (!history)
            return fatal(history.error());
        for (const ServerStore::HistoryEntry &entry : *history) {
            for (const ServerStore::HistoryEntry::FieldChange &change : entry.changes) {
                if (entry.action == QLatin1String("UPDATE")
                    && change.field == QLatin1String("text"))
                    recorded[id].insert(change.after);
            }
        }
    }
    for (const Accepted &edit : std::as_const(accepted))
        lost += recorded.value(edit.id).contains(edit.text) ? 0 : 1;
    const Result<ServerStore::Objects> now
        = (*checker)->read(QList<qint64>(touched.cbegin(), touched.cend()));
    if (!now)
        return fatal(now.error());
    for (const auto &[indicator, position] : now->indicators)
        lost += indicator.text == last.value(indicator.id).text ? 0 : 1;

    out << QStringLiteral("%1 users for %2 s (think time %3 ms): %4 edits accepted, %5 edits/s")
               .arg(work.size())
               .arg(elapsed, 0, 'f', 1)
               .arg(thinkMs)
               .arg(accepted.size())
               .arg(double(accepted.size()) / elapsed, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("conflicts reported: %1, edits lost: %2, other errors: %3")
               .arg(conflicts)
               .arg(lost)
               .arg(errors)
        << Qt::endl
        << QStringLiteral("edit round trip: p50 %1 ms, p95 %2 ms (aim 50 ms)")
               .arg(percentile(roundTrips, 0.5), 0, 'f', 1)
               .arg(percentile(roundTrips, 0.95), 0, 'f', 1)
        << Qt::endl;
    return lost == 0 && errors == 0 ? 0 : 1;
}

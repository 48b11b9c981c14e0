#pragma once

#include "Cascade.h"
#include "Result.h"

#include <QMainWindow>

#include <memory>

class QTreeView;
class QLabel;

namespace Tepat {

class CascadeTreeModel;
class WorkspaceLock;

// The application window: the cascade tree of the open workspace. The window holds the lock of
// the workspace it shows, so a second Tepat cannot edit the same file behind its back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace and shows it; on failure the window keeps what it showed and the error
    // says why. A file that cannot be written is shown read-only.
    Result<void> openWorkspace(const QString &path);
    const QString &workspacePath() const { return m_path; }
    bool isReadOnly() const { return !m_lock; }
    CascadeTreeModel *treeModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }

private:
    void chooseAndOpen();
    void updateTitle();

    std::unique_ptr<Cascade> m_cascade;
    std::unique_ptr<WorkspaceLock> m_lock;
    QString m_path;
    CascadeTreeModel *m_model;
    QTreeView *m_tree;
    QLabel *m_counts;
};

} // namespace Tepat

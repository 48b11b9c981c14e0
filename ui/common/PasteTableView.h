#pragma once

#include <QTableView>

namespace Tepat {

// A table view that pastes a block of cells copied from a spreadsheet into its model when the
// model is a PastableModel, and that moves to the next cell on Enter like a spreadsheet. Tab from
// a cell being typed goes on to the next cell that takes typing, in reading order, as a form does:
// a computed cell (capaian, kategori) would hold the cursor where nothing can be typed, and the
// next Tab would leave the table.
class PasteTableView : public QTableView
{
    Q_OBJECT

public:
    explicit PasteTableView(QWidget *parent = nullptr);

    // Pastes the clipboard text at the current cell; returns whether the model took it.
    bool pasteText(const QString &text);
    // Closes the cell being typed, if any, without committing it.
    void discardEdit();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
};

} // namespace Tepat

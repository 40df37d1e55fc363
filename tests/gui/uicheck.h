#pragma once

// What a user (or a screen reader) would find wrong in a window, for GUI tests:
//  * clippedWidgets: visible labels, buttons and inputs cut off — outside the window, cut by a
//    parent, shorter than their text needs (a wrapped label with too few lines) or smaller than
//    their smallest useful size;
//  * unnamedInputs: visible inputs, buttons and lists a screen reader would announce without a
//    name (QAccessible's Name is what it reads);
//  * duplicateMnemonics: two visible labels, buttons, tabs or menus of one window underlining
//    the same key (Alt+key would reach only one of them), "&S" and Chinese "(&S)" alike.
// Each entry says which widget and why, so a failure can be fixed without a debugger.
// saveScreenshot keeps a picture of a window for review when MARQUEE_SCREENSHOT_DIR is set.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace mq::uicheck {

inline QString describe(const QWidget *w)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u' ' + w->objectName();
    if (!text.isEmpty())
        name += QStringLiteral(" \"") + text.left(40) + u'"';
    return name;
}

// Inside the contents of a scroll area: whatever does not fit is scrolled to, not cut off.
inline bool scrolled(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
            area && area->viewport() == p)
            return true;
    }
    return false;
}

inline QStringList clippedWidgets(QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window || !w->isVisibleTo(window) || scrolled(w, window))
            continue;
        const auto *label = qobject_cast<QLabel *>(w);
        const bool checked = (label && !label->text().isEmpty()) ||
                             qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w);
        // The parts of a spin box, combo box or line edit (its clear button) are their
        // parent's business.
        if (!checked || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QLineEdit *>(w->parentWidget()))
            continue;
        const QRect rect(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!window->rect().contains(rect)) {
            problems << describe(w) + QStringLiteral(" is outside the window");
            continue;
        }
        for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
            const QRect parentRect(p->mapTo(window, QPoint(0, 0)), p->size());
            if (!parentRect.contains(rect)) {
                problems << describe(w) + QStringLiteral(" is cut off by ") + describe(p);
                break;
            }
        }
        if (label) {
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    problems << describe(w) + QStringLiteral(" needs %1 px of height, has %2")
                                                  .arg(needed)
                                                  .arg(label->height());
            } else if (label->pixmap().isNull() &&
                       label->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored &&
                       label->minimumSizeHint().width() > label->width() + 1) {
                problems << describe(w) + QStringLiteral(" needs %1 px of width, has %2")
                                              .arg(label->minimumSizeHint().width())
                                              .arg(label->width());
            }
            continue;
        }
        const QSize least = w->minimumSizeHint();
        if (least.width() > w->width() + 1 || least.height() > w->height() + 1)
            problems << describe(w) + QStringLiteral(" is %1×%2, needs at least %3×%4")
                                          .arg(w->width())
                                          .arg(w->height())
                                          .arg(least.width())
                                          .arg(least.height());
    }
    return problems;
}

inline QStringList unnamedInputs(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root->window()) || !w->isVisible())
            continue;
        // The line edit inside a spin box or combo box speaks for its parent, and a table's
        // headers are read as part of the table.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QHeaderView *>(w))
            continue;
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                             qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
                             qobject_cast<QAbstractItemView *>(w) ||
                             qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QGraphicsView *>(w);
        if (!control)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}

inline QStringList duplicateMnemonics(QWidget *window)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&\\s])"));
    QHash<QString, QStringList> keys;
    const auto add = [&](const QString &text) {
        const QRegularExpressionMatch m = mnemonic.match(text);
        if (m.hasMatch())
            keys[m.captured(1).toLower()] << text;
    };
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->menuWidget()) {
        for (QAction *action : main->menuBar()->actions()) {
            if (action->isVisible())
                add(action->text());
        }
    }
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i));
            }
        }
    }
    QStringList duplicates;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value().size() > 1)
            duplicates << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    }
    return duplicates;
}

// <MARQUEE_SCREENSHOT_DIR>/<name>.png, when that variable is set.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace mq::uicheck

#include "widgets/theme.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QLineEdit>
#include <QPalette>
#include <QScreen>
#include <QStyle>
#include <QStyleFactory>
#include <QToolButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace mq::client {

void Theme::apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf8, 0xf9, 0xfb));
    palette.setColor(QPalette::Highlight, QColor(0x33, 0x58, 0xd4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x1d, 0x23, 0x30));
    palette.setColor(QPalette::WindowText, QColor(0x1d, 0x23, 0x30));
    palette.setColor(QPalette::ButtonText, QColor(0x1d, 0x23, 0x30));
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x94, 0xa3));
    app.setPalette(palette);
    QFile qss(u":/theme/marquee.qss"_s);
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
    app.setWindowIcon(QIcon(u":/icons/marquee.svg"_s));
}

void Theme::sizeToScreen(QWidget *window, QSize preferred)
{
    const QWidget *parent = window->parentWidget();
    QScreen *screen = parent ? parent->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        // Room for the frame a window manager adds (a title bar, borders).
        const QSize room = screen->availableGeometry().size() - QSize(16, 48);
        preferred = preferred.boundedTo(room);
    }
    window->resize(preferred.expandedTo(window->minimumSizeHint()));
}

void Theme::addClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (button->accessibleName().isEmpty()) {
            button->setAccessibleName(tr("Clear"));
            button->setToolTip(tr("Clear"));
        }
    }
}

void Theme::repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace mq::client

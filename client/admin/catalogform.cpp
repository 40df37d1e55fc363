#include "admin/catalogform.h"

#include "core/serverconnection.h"
#include "widgets/fielderrors.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

CatalogForm::CatalogForm(ServerConnection *connection, QWidget *parent)
    : QFrame(parent), m_connection(connection), m_errors(new FieldErrors(this))
{
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
}

void CatalogForm::addField(QFormLayout *layout, const QString &field, const QString &labelText,
                           QWidget *input, QWidget *editor)
{
    if (!editor)
        editor = input;
    auto *label = new QLabel(labelText, this);
    label->setBuddy(editor);
    // A buddy inside a container is not paired with its label by screen readers: say it.
    if (editor != input)
        editor->setAccessibleName(FieldErrors::spokenName(labelText));
    auto *error = new QLabel(this);
    error->setObjectName(field + u"ErrorLabel"_s); // e.g. titleErrorLabel
    auto *box = new QVBoxLayout;
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(input);
    box->addWidget(error);
    layout->addRow(label, box);
    m_errors->add(field, editor, error);
}

QFormLayout *CatalogForm::newFieldLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    return form;
}

void CatalogForm::arrange(QLabel *heading, QFormLayout *fields, QPushButton *deleteButton,
                          QPushButton *saveButton)
{
    auto *inner = new QWidget;
    inner->setObjectName(objectName() + u"Fields"_s);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 4, 0);
    innerLayout->addLayout(fields);
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(objectName() + u"ScrollArea"_s);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    // Transparent: the card's colour shows through.
    scroll->viewport()->setAutoFillBackground(false);
    inner->setAutoFillBackground(false);

    // Fields are never cut at the side: the area is as wide as they need at least.
    scroll->setMinimumWidth(inner->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttonRow(deleteButton, saveButton));

    // Moving the fields into the scroll area put them last in the tab chain: Tab goes down the
    // fields, then to the buttons, as they are seen.
    QList<QWidget *> chain;
    const std::function<void(QLayout *)> collect = [&](QLayout *l) {
        for (int i = 0; i < l->count(); ++i) {
            QLayoutItem *item = l->itemAt(i);
            if (QLayout *inner = item->layout()) {
                collect(inner);
            } else if (QWidget *w = item->widget()) {
                if (w->focusPolicy() & Qt::TabFocus)
                    chain << w;
                for (QWidget *part : w->findChildren<QWidget *>()) {
                    if ((part->focusPolicy() & Qt::TabFocus) && !part->focusProxy() &&
                        part->parentWidget() == w)
                        chain << part;
                }
            }
        }
    };
    collect(fields);
    chain << deleteButton << saveButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void CatalogForm::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter || (event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier) {
        QFrame::keyPressEvent(event);
        return;
    }
    // Fields pass Enter on to their form; a focused button is pressed as it would be in a dialog.
    QWidget *focus = focusWidget();
    auto *button = qobject_cast<QAbstractButton *>(focus);
    if (button && (qobject_cast<QPushButton *>(focus) || qobject_cast<QToolButton *>(focus))) {
        if (button->isEnabled())
            button->click();
    } else if (!m_busy) {
        save();
    }
    event->accept();
}

QLayout *CatalogForm::buttonRow(QPushButton *deleteButton, QPushButton *saveButton)
{
    deleteButton->setProperty("role", u"danger"_s);
    saveButton->setProperty("role", u"primary"_s);
    saveButton->setDefault(false);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    column->addWidget(m_message);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(deleteButton);
    row->addStretch(1);
    row->addWidget(saveButton);
    column->addLayout(row);
    return column;
}

void CatalogForm::setMessage(const QString &text, bool isError)
{
    m_message->setProperty("role", isError ? u"error"_s : u"muted"_s);
    Theme::repolish(m_message);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CatalogForm::showFieldError(const QString &field, const QString &message)
{
    if (!m_errors->show(field, message))
        setMessage(message, true);
}

void CatalogForm::clearErrors()
{
    m_errors->clear();
    setMessage({}, false);
}

void CatalogForm::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    if (busy) {
        // Disabling moves the focus away; give it back when the answer is in.
        QWidget *focus = focusWidget();
        m_focusBeforeBusy = focus && isAncestorOf(focus) ? focus : nullptr;
        setEnabled(false);
    } else {
        setEnabled(true);
        updateEnabled();
        if (m_focusBeforeBusy && m_focusBeforeBusy->isEnabled() && m_focusBeforeBusy->isVisible())
            m_focusBeforeBusy->setFocus();
    }
    Q_EMIT busyChanged(busy);
}

void CatalogForm::request(Method method, const QJsonObject &params, const QString &busyText,
                          const OnSuccess &onSuccess)
{
    if (m_busy)
        return;
    clearErrors();
    setBusy(true);
    Q_EMIT statusMessage(busyText);
    m_connection->call(methodName(method), params, this,
                       [this, onSuccess](const RpcResult &result) {
                           setBusy(false);
                           if (!result.ok()) {
                               showFailure(result);
                               return;
                           }
                           onSuccess(result.result);
                       });
}

void CatalogForm::showFailure(const RpcResult &result)
{
    const QString message = failureMessage(result);
    Q_EMIT statusMessage(message);
    // A 422 names its field; so does 409 capacity_below_sold.
    const QString field = result.field();
    if (!field.isEmpty() && m_errors->show(field, message))
        return;
    setMessage(message, true);
    if (result.is(ErrorCode::NotFound))
        Q_EMIT staleData();
}

void CatalogForm::confirmDelete(const QString &question, const QString &details,
                                const std::function<void()> &onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDeleteMessageBox"_s);
    box->setInformativeText(details);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->button(QMessageBox::Cancel)->setText(tr("Keep it"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [box, onConfirmed] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            onConfirmed();
    });
    box->open();
}

} // namespace mq::client

#pragma once

#include "core/rpcresult.h"
#include "shared/methods.h"

#include <QFrame>
#include <QJsonObject>
#include <QPointer>

#include <functional>

class QFormLayout;
class QKeyEvent;
class QLabel;
class QPushButton;

namespace mq::client {

class FieldErrors;
class ServerConnection;

// What the event, performance and ticket-type forms share: fields with their error labels,
// one request at a time with the form disabled meanwhile, the server's answer shown next to the
// field it names or under the form, and a confirmation before deleting.
class CatalogForm : public QFrame
{
    Q_OBJECT
public:
    explicit CatalogForm(ServerConnection *connection, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // The form's main action (save or add); Enter in any of its fields does it too.
    virtual void save() = 0;
    // Shows or clears the line under the form (the last outcome, in words).
    void setMessage(const QString &text, bool isError);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void busyChanged(bool busy);
    // The record is gone on the server (deleted elsewhere): the catalog should be reloaded.
    void staleData();

protected:
    using OnSuccess = std::function<void(const QJsonObject &result)>;

    // Adds a row "label / input, with its error label under it"; the label is the input's buddy.
    // `field` is the protocol's field name, which 422 answers name in data.field. When `input`
    // is a composite (a line edit and a button), `editor` is the part that takes the text: it
    // gets the buddy, the error border and the label's words as its accessible name.
    void addField(QFormLayout *layout, const QString &field, const QString &labelText,
                  QWidget *input, QWidget *editor = nullptr);
    QLabel *messageLabel() const { return m_message; }
    // Adds the button row (danger on the left, primary on the right) and the message line.
    QLayout *buttonRow(QPushButton *deleteButton, QPushButton *saveButton);
    // The layout the fields go in, spaced like every catalog form.
    static QFormLayout *newFieldLayout();
    // Heading, the fields (scrolled when the window is small), then the message line and the
    // buttons, which stay in view whatever the height.
    void arrange(QLabel *heading, QFormLayout *fields, QPushButton *deleteButton,
                 QPushButton *saveButton);
    // Enter (not in a multi-line text) saves; on a focused button it presses that button.
    void keyPressEvent(QKeyEvent *event) override;

    void request(Method method, const QJsonObject &params, const QString &busyText,
                 const OnSuccess &onSuccess);
    void showFieldError(const QString &field, const QString &message);
    void clearErrors();
    // Asks before deleting; `onConfirmed` runs only after "Delete" is chosen.
    void confirmDelete(const QString &question, const QString &details,
                       const std::function<void()> &onConfirmed);
    // Enables or disables the inputs (not while busy: the request ends with the right state).
    virtual void updateEnabled() = 0;
    // What to say about a refusal; a form that knows better than the generic wording overrides.
    virtual QString failureMessage(const RpcResult &result) const { return result.message(); }

    ServerConnection *m_connection;
    FieldErrors *m_errors;

private:
    void setBusy(bool busy);
    void showFailure(const RpcResult &result);

    QLabel *m_message;
    QPointer<QWidget> m_focusBeforeBusy;
    bool m_busy = false;
};

} // namespace mq::client

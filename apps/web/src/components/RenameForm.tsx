import { useId, useState } from "react";
import { MAX_NAME_LENGTH } from "../state/reducer";
import { useLang } from "../i18n/LangContext";

/** Inline rename: Enter saves, Escape cancels; an empty name is refused with a message. */
export function RenameForm({ initial, onSave, onCancel }: { initial: string; onSave: (name: string) => void; onCancel: () => void }) {
  const { t, lang } = useLang();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return setError(lang === "vi" ? `${t("renameLabel")}: không được để trống.` : `${t("renameLabel")}: must not be empty.`);
        onSave(name);
      }}
    >
      <input
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked to rename
        autoFocus
        aria-label={t("renameLabel")}
        value={name}
        maxLength={MAX_NAME_LENGTH}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setName(e.currentTarget.value)}
        onKeyDown={(e) => e.key === "Escape" && onCancel()}
      />
      <button type="submit" className="button small primary">
        {t("save")}
      </button>
      <button type="button" className="button small" onClick={onCancel}>
        {t("cancel")}
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

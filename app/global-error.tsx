"use client";

// The last resort, if even the layout fails: a plain page in three languages, no stack trace, no details.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          display: "grid",
          placeItems: "center",
          minHeight: "100vh",
        }}
      >
        <main role="alert" style={{ maxWidth: "32rem", padding: "2rem", textAlign: "center" }}>
          <h1>The tracker cannot show this page right now</h1>
          <p lang="ko">지금은 이 페이지를 보여 드릴 수 없습니다.</p>
          <p lang="zh">暂时无法显示此页面。</p>
          <p>Please try again in a few minutes.</p>
          <button type="button" onClick={reset}>
            Try again · 다시 시도 · 重试
          </button>
        </main>
      </body>
    </html>
  );
}

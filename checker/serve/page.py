"""The one page of checker serve: no network (no fonts, scripts or styles from elsewhere), its
script a separate file so the page's policy can forbid inline scripts. The report is shown in a
sandboxed frame that runs no script; messages are set as text, never as markup."""

import html


def render(genre_names: dict[str, str]) -> str:
    options = "".join(f'<option value="{html.escape(name)}">{html.escape(label)}</option>'
                      for name, label in genre_names.items())
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>稿件检查</title><style>{CSS}</style></head>
<body>
<h1>稿件检查</h1>
<p class="hint">把稿件粘贴到下面（第一行写标题），或把 .docx、.txt、.md 文件拖进框里。稿件只在这台电脑上检查，不会发往别处。</p>
<form id="form">
  <div id="drop">
    <textarea id="text" name="text" rows="12" placeholder="在这里粘贴稿件全文……"></textarea>
    <div class="file">或者 <label class="button">选择文件<input type="file" id="file" accept=".docx,.txt,.md"></label>
      <span id="filename"></span> <button type="button" id="clear" hidden>不用这个文件</button></div>
  </div>
  <div class="row"><label>文体 <select id="genre"><option value="">自动识别</option>{options}</select></label>
    <label title="不因后文才有的原因分析、对策建议没出现而扣分"><input type="checkbox" id="excerpt"> 只是稿件的开头几段</label>
    <button type="submit" id="check">检查</button></div>
</form>
<p id="status" role="status"></p>
<div id="downloads" hidden>下载：<button type="button" data-format="html">网页报告</button>
  <button type="button" data-format="json">JSON</button>
  <button type="button" data-format="docx">批注版 Word</button></div>
<iframe id="report" title="检查结果" sandbox="allow-same-origin" hidden></iframe>
<script src="/page.js"></script>
</body></html>
"""


CSS = """
[hidden]{display:none!important}
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;max-width:960px;margin:1.5em auto;padding:0 1em;color:#222}
h1{font-size:1.5em;margin:.2em 0}.hint{color:#555}
#drop{border:2px dashed #bbb;border-radius:6px;padding:.6em}#drop.over{border-color:#b22;background:#fff5f5}
textarea{width:100%;box-sizing:border-box;font:inherit;line-height:1.6;border:1px solid #ccc;border-radius:4px;padding:.5em}
.file{margin-top:.5em}.file input{display:none}.button,button{display:inline-block;padding:.3em .9em;border:1px solid #999;border-radius:4px;background:#f4f4f4;cursor:pointer;font:inherit}
#check{background:#b22;color:#fff;border-color:#b22;font-weight:bold;margin-left:1em}
.row{margin:.8em 0}#status{min-height:1.4em;color:#b22}#filename{font-weight:bold}
iframe{width:100%;min-height:600px;border:1px solid #ddd;border-radius:6px;margin-top:.5em}
"""


SCRIPT = r"""'use strict';
const $ = (id) => document.getElementById(id);
const form = $('form'), text = $('text'), file = $('file'), filename = $('filename'), clear = $('clear');
const genre = $('genre'), status = $('status'), downloads = $('downloads'), report = $('report'), drop = $('drop');
let chosen = null;

function choose(picked) {
  chosen = picked || null;
  filename.textContent = chosen ? chosen.name : '';
  clear.hidden = !chosen;
  text.disabled = !!chosen;
}
file.addEventListener('change', () => choose(file.files[0]));
clear.addEventListener('click', () => { file.value = ''; choose(null); });
drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  if (event.dataTransfer.files.length) choose(event.dataTransfer.files[0]);
});

function formData(format) {
  const data = new FormData();
  if (chosen) data.append('file', chosen); else data.append('text', text.value);
  data.append('genre', genre.value);
  if (document.getElementById('excerpt').checked) data.append('excerpt', 'true');
  data.append('format', format);
  return data;
}

async function request(format) {
  const response = await fetch('/api/report', {method: 'POST', body: formData(format)});
  if (!response.ok) {
    let message = '检查失败（' + response.status + '）';
    try { message = (await response.json()).error || message; } catch (ignored) {}
    throw new Error(message);
  }
  return response;
}

function nameOf(response, fallback) {
  const header = response.headers.get('Content-Disposition') || '';
  const match = /filename\*=UTF-8''([^;]+)/.exec(header);
  return match ? decodeURIComponent(match[1]) : fallback;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.textContent = '正在检查……';
  $('check').disabled = true;
  try {
    const response = await request('html');
    report.srcdoc = await response.text();
    report.hidden = false;
    downloads.hidden = false;
    status.textContent = '';
  } catch (error) {
    status.textContent = error.message;
  } finally {
    $('check').disabled = false;
  }
});

report.addEventListener('load', () => {
  const page = report.contentDocument;
  if (page && page.documentElement) report.style.height = (page.documentElement.scrollHeight + 24) + 'px';
});

downloads.addEventListener('click', async (event) => {
  const format = event.target.dataset && event.target.dataset.format;
  if (!format) return;
  status.textContent = '正在生成……';
  try {
    const response = await request(format);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = nameOf(response, '稿件.' + format);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    status.textContent = '';
  } catch (error) {
    status.textContent = error.message;
  }
});
"""

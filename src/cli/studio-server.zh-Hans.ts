/** `login-help-elements studio` 命令及其服务器的用语（简体中文）。 */
import type { StudioMessages } from './studio-server.js';

const messages: StudioMessages = {
  title: (name) => (name ? `流程工作室：${name}` : '流程工作室'),
  running: (file) =>
    file
      ? `正在用流程工作室编辑 ${file}。请在浏览器中打开上面的地址。按 Ctrl+C 停止。`
      : '流程工作室启动时未指定文件，因此无法保存（如需保存，请指定 FILE）。请在浏览器中打开上面的地址。按 Ctrl+C 停止。',
  noToken: '禁止访问：请使用 `login-help-elements studio` 显示的地址（带有访问令牌）打开工作室',
  wrongHost: '禁止访问：此工作室只在 127.0.0.1 或 localhost 的启动端口上响应',
  notFound: '未找到',
  methodNotAllowed: (allowed) => `不支持此方法（请使用 ${allowed}）`,
  noBundle: (path) => `缺少工作室的脚本 ${path}：请先运行 \`npm run build\`，然后重新载入此页面`,
  noFile:
    '启动 `login-help-elements studio` 时未指定文件（FILE），因此无法保存。请指定要编辑的文件重新启动：`login-help-elements studio FILE`',
  tooLarge: (megabytes) => `文本过大（最多 ${megabytes} MB）`,
  notJson: (detail) => `请求不是 JSON：${detail}`,
  badBody: '请发送 { "text": 字符串, "baseVersion": 字符串, "force"?: 布尔值 }',
  cannotRead: (reason) => `无法读取文件（${reason}）`,
  cannotWrite: (reason) => `无法写入文件（${reason}）`,
  badPort: (value) => `--port 需要 0 到 65535 之间的端口号（0 表示任意空闲端口），“${value}”无效`,
  portInUse: (port) => `端口 ${port} 已被占用：请用 --port 指定其他端口，或用 --port 0 使用任意空闲端口`,
  notAFile: (path, reason) => `无法编辑 ${path}（${reason}）：请指定位于现有文件夹中的文件`,
};

export default messages;

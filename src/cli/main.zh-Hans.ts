/** `login-help-elements` 命令的用语（简体中文）。 */
import type { CliMessages } from './main.js';

const messages: CliMessages = {
  usage: `用法：
  login-help-elements validate FILE [--site PROFILE] [--lang en|ja|zh-Hans]   检查流程定义（退出码 0：有效，1：无效，2：无法读取）
  login-help-elements graph FILE [--site PROFILE] [--lang en|ja|zh-Hans] [--direction TD|LR]   将流程输出为 Mermaid 流程图
  login-help-elements flow [--site PROFILE] [--lang L]   输出按 PROFILE 所描述的网站生成的内置流程
                                                        （可作为网站自有流程的起点；指定 --lang 时只保留一种语言）
  login-help-elements page FILE|--default [--site PROFILE] [--lang L]   以语言 L 将流程输出为一个无需 JavaScript
                                                        即可阅读的 HTML 页面（--default：内置流程）
  login-help-elements studio [FILE] [--port N] [--lang L]   在浏览器的流程工作室中编辑 FILE（并排显示问题、
                                                        引导和流程图）；只在 127.0.0.1 上提供服务，
                                                        并首先输出地址（带有访问令牌）

validate 一次输出所有问题，每个问题一行“PATH: 说明”；步骤内的问题在末尾注明步骤 ID：
“steps[5].choices[0].next: 不存在步骤 \`lockd\`（在步骤 \`forgot-password\` 中）”。
PROFILE 是网站配置（site profile）的 JSON 文件（参见 login-help-elements/schema/site-profile.schema.json）。
使用 --site 时，FILE 中可以使用内置流程的条件（"when"）和占位符（"{{…}}"）。
--lang 指定提示信息和标签的语言：en（默认）、ja 或 zh-Hans（也可以是 zh、zh-CN 等）。`,
  cannotRead: (reason) => `无法读取文件（${reason}）`,
  valid: (steps) => `有效（共${steps}个步骤）`,
  root: '(根)',
};

export default messages;

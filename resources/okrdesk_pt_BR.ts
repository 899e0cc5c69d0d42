<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
<context>
    <name>BoardView</name>
    <message>
        <source>Show &amp;closed cycles</source>
        <translation>Mostrar ciclos &amp;encerrados</translation>
    </message>
    <message>
        <source>Drag cards to another objective or cycle; hold Ctrl to carry them forward instead.</source>
        <translation>Arraste cartões para outro objetivo ou ciclo; segure Ctrl para levá-los adiante.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>Fazer check-in</translation>
    </message>
    <message>
        <source>Milestone: 1 when it is done, 0 when it is not.</source>
        <translation>Marco: 1 quando estiver concluído, 0 quando não.</translation>
    </message>
    <message>
        <source>last {value} on {date}</source>
        <translation>último: {value} em {date}</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>nenhum check-in ainda</translation>
    </message>
    <message>
        <source>From {start} to {target}{unit}; {last}.</source>
        <translation>De {start} a {target}{unit}; {last}.</translation>
    </message>
    <message>
        <source>What changed, or what blocks progress?</source>
        <translation>O que mudou, ou o que está bloqueando o progresso?</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” não é um número.</translation>
    </message>
</context>
<context>
    <name>CheckInTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Dated before the cycle started: it does not count.</source>
        <translation>Com data anterior ao início do ciclo: não conta.</translation>
    </message>
    <message>
        <source>Edit check-in of {date}</source>
        <translation>Editar check-in de {date}</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Excluir check-in</translation>
    </message>
    <message>
        <source>Delete {count} check-ins</source>
        <translation>Excluir {count} check-ins</translation>
    </message>
</context>
<context>
    <name>CheckInsPanel</name>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Select a key result to see its check-ins.</source>
        <translation>Selecione um resultado-chave para ver os check-ins.</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>Fazer check-&amp;in…</translation>
    </message>
    <message>
        <source>De&amp;lete check-in</source>
        <translation>E&amp;xcluir check-in</translation>
    </message>
    <message>
        <source>{title}: {count} check-ins</source>
        <translation>{title}: {count} check-ins</translation>
    </message>
</context>
<context>
    <name>ConfidenceDelegate</name>
    <message>
        <source>(not said)</source>
        <translation>(não informada)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message>
        <source>{field}: theirs “{theirs}”, yours “{mine}”</source>
        <translation>{field}: o da outra pessoa “{theirs}”, o seu “{mine}”</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Manter o &amp;meu</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Ficar com o da &amp;outra pessoa</translation>
    </message>
</context>
<context>
    <name>CycleColumn</name>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Objectives not planned in any cycle yet</source>
        <translation>Objetivos ainda não planejados em nenhum ciclo</translation>
    </message>
    <message>
        <source>{start} – {end} · {status}</source>
        <translation>{start} – {end} · {status}</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>New cycle</source>
        <translation>Novo ciclo</translation>
    </message>
</context>
<context>
    <name>CycleEditor</name>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>{objectives} objectives, {krs} key results. Progress {progress}; expected by today {expected}.</source>
        <translation>{objectives} objetivos, {krs} resultados-chave. Progresso {progress}; esperado até hoje {expected}.</translation>
    </message>
    <message>
        <source>Edit cycle “{name}”</source>
        <translation>Editar ciclo “{name}”</translation>
    </message>
</context>
<context>
    <name>CycleFields</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fim</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Check-ins</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;ituação</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Select a cycle, an objective or a key result to edit it.</source>
        <translation>Selecione um ciclo, um objetivo ou um resultado-chave para editá-lo.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Key result</source>
        <translation>Resultado-chave</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Último check-in</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Pendente desde</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Check-ins due</source>
        <translation>Check-ins pendentes</translation>
    </message>
    <message>
        <source>{count} key results are due for a check-in. Press Enter to check in on the selected one.</source>
        <translation>{count} resultados-chave aguardam check-in. Pressione Enter para fazer o check-in do selecionado.</translation>
    </message>
    <message>
        <source>No check-in is due. Well done!</source>
        <translation>Nenhum check-in pendente. Muito bem!</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the review as PDF</source>
        <translation>Exportar a revisão em PDF</translation>
    </message>
    <message>
        <source>Include the notes on &amp;people (leave them out for a wider audience)</source>
        <translation>Incluir as notas sobre as &amp;pessoas (deixe de fora para um público mais amplo)</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamanho da página</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Salvar a revisão</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Cycle score: {score}</source>
        <translation>Nota do ciclo: {score}</translation>
    </message>
    <message>
        <source>{count} lessons written.</source>
        <translation>{count} lições registradas.</translation>
    </message>
    <message>
        <source>Next cycle: {name}. {count} key results carry forward, and the lessons go with them.</source>
        <translation>Próximo ciclo: {name}. {count} resultados-chave seguem adiante, e as lições vão junto.</translation>
    </message>
    <message>
        <source>No next cycle chosen: nothing is carried forward.</source>
        <translation>Nenhum próximo ciclo escolhido: nada segue adiante.</translation>
    </message>
    <message>
        <source>This review is completed.</source>
        <translation>Esta revisão está concluída.</translation>
    </message>
    <message>
        <source>Finishing closes “{name}”.</source>
        <translation>Concluir encerra “{name}”.</translation>
    </message>
</context>
<context>
    <name>GivenScoreDelegate</name>
    <message>
        <source>as computed</source>
        <translation>como calculada</translation>
    </message>
</context>
<context>
    <name>KeyResultEditor</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Now {current} · progress {progress} · last check-in {last}</source>
        <translation>Agora {current} · progresso {progress} · último check-in {last}</translation>
    </message>
    <message>
        <source>Edit key result “{title}”</source>
        <translation>Editar resultado-chave “{title}”</translation>
    </message>
</context>
<context>
    <name>KeyResultForm</name>
    <message>
        <source>at least</source>
        <translation>no mínimo</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>no máximo</translation>
    </message>
    <message>
        <source>min, %, tickets…</source>
        <translation>min, %, chamados…</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>change from the start (%)</source>
        <translation>variação sobre o início (%)</translation>
    </message>
    <message>
        <source>+50 or −60</source>
        <translation>+50 ou −60</translation>
    </message>
    <message>
        <source>&amp;Key result</source>
        <translation>&amp;Resultado-chave</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Kee&amp;p it</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidade</translation>
    </message>
    <message>
        <source>&amp;Start value</source>
        <translation>Valor &amp;inicial</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Peso</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Res&amp;ponsável</translation>
    </message>
    <message>
        <source>Lower is better: from {start} down to {target}.</source>
        <translation>Quanto menor, melhor: de {start} para baixo até {target}.</translation>
    </message>
    <message>
        <source>Higher is better: from {start} up to {target}.</source>
        <translation>Quanto maior, melhor: de {start} para cima até {target}.</translation>
    </message>
    <message>
        <source>Done or not: check in 1 when it is done.</source>
        <translation>Concluído ou não: registre 1 quando estiver concluído.</translation>
    </message>
    <message>
        <source>“{text}” is not a number; nothing was changed.</source>
        <translation>“{text}” não é um número; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>LessonModel</name>
    <message>
        <source>{lesson}  → {shaped}</source>
        <translation>{lesson}  → {shaped}</translation>
    </message>
    <message>
        <source>From the review of {cycle}</source>
        <translation>Da revisão de {cycle}</translation>
    </message>
    <message>
        <source>Lesson acted on</source>
        <translation>Lição aplicada</translation>
    </message>
    <message>
        <source>Lesson not acted on</source>
        <translation>Lição não aplicada</translation>
    </message>
    <message>
        <source>Edit lesson</source>
        <translation>Editar lição</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>What will the team do differently? The lessons go with you into the next cycle.</source>
        <translation>O que a equipe vai fazer diferente? As lições vão com vocês para o próximo ciclo.</translation>
    </message>
    <message>
        <source>&amp;Add lesson</source>
        <translation>&amp;Adicionar lição</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Nova lição</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Excluir lição</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <source>Lessons from last cycle</source>
        <translation>Lições do último ciclo</translation>
    </message>
    <message>
        <source>Select a cycle to see the lessons carried into it.</source>
        <translation>Selecione um ciclo para ver as lições trazidas para ele.</translation>
    </message>
    <message>
        <source>It shaped:</source>
        <translation>Influenciou:</translation>
    </message>
    <message>
        <source>{count} lessons were carried into this cycle. Tick the ones the team acted on.</source>
        <translation>{count} lições foram trazidas para este ciclo. Marque as que a equipe aplicou.</translation>
    </message>
    <message>
        <source>No lessons were carried into this cycle.</source>
        <translation>Nenhuma lição foi trazida para este ciclo.</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(nada ainda)</translation>
    </message>
    <message>
        <source>Link lesson</source>
        <translation>Vincular lição</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Estrutura</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Novo espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Salvar uma &amp;cópia como…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace to share</source>
        <translation>Gravar uma cópia consistente do espaço de trabalho para compartilhar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Merge a copy…</source>
        <translation>&amp;Mesclar uma cópia…</translation>
    </message>
    <message>
        <source>Bring the changes of a copy that came back into this workspace</source>
        <translation>Trazer para este espaço de trabalho as alterações de uma cópia que voltou</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar de um &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>New &amp;cycle…</source>
        <translation>Novo &amp;ciclo…</translation>
    </message>
    <message>
        <source>New &amp;objective</source>
        <translation>Novo &amp;objetivo</translation>
    </message>
    <message>
        <source>Add an objective to the selected cycle</source>
        <translation>Adicionar um objetivo ao ciclo selecionado</translation>
    </message>
    <message>
        <source>New &amp;key result…</source>
        <translation>Novo &amp;resultado-chave…</translation>
    </message>
    <message>
        <source>Add a key result to the selected objective</source>
        <translation>Adicionar um resultado-chave ao objetivo selecionado</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Re&amp;nomear</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Equipe…</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>Fazer &amp;check-in…</translation>
    </message>
    <message>
        <source>Record the selected key result's value</source>
        <translation>Registrar o valor do resultado-chave selecionado</translation>
    </message>
    <message>
        <source>Go to the &amp;current cycle</source>
        <translation>Ir para o ciclo &amp;atual</translation>
    </message>
    <message>
        <source>Check-ins &amp;due</source>
        <translation>Check-ins &amp;pendentes</translation>
    </message>
    <message>
        <source>The key results whose check-in is due</source>
        <translation>Os resultados-chave com check-in pendente</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Estrutura</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Quadro</translation>
    </message>
    <message>
        <source>The cycles side by side: drag key results between them</source>
        <translation>Os ciclos lado a lado: arraste resultados-chave entre eles</translation>
    </message>
    <message>
        <source>&amp;Move to cycle…</source>
        <translation>&amp;Mover para o ciclo…</translation>
    </message>
    <message>
        <source>Move the selected key results to another cycle</source>
        <translation>Mover os resultados-chave selecionados para outro ciclo</translation>
    </message>
    <message>
        <source>Carry &amp;forward to…</source>
        <translation>&amp;Levar adiante para…</translation>
    </message>
    <message>
        <source>Continue the selected key results in another cycle, starting from their last value</source>
        <translation>Continuar os resultados-chave selecionados em outro ciclo, a partir do último valor</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>&amp;Expandir tudo</translation>
    </message>
    <message>
        <source>Co&amp;llapse all</source>
        <translation>&amp;Recolher tudo</translation>
    </message>
    <message>
        <source>&amp;About okrdesk</source>
        <translation>&amp;Sobre o okrdesk</translation>
    </message>
    <message>
        <source>&amp;Review this cycle…</source>
        <translation>&amp;Revisar este ciclo…</translation>
    </message>
    <message>
        <source>Score, reflect, write lessons and close the cycle</source>
        <translation>Dar notas, refletir, registrar lições e encerrar o ciclo</translation>
    </message>
    <message>
        <source>&amp;Export the review as PDF…</source>
        <translation>&amp;Exportar a revisão em PDF…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Cycle</source>
        <translation>&amp;Ciclo</translation>
    </message>
    <message>
        <source>&amp;Key result</source>
        <translation>&amp;Resultado-chave</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nenhum ainda)</translation>
    </message>
    <message>
        <source>{problem}

Open a copy of the latest good backup, from {date}? The damaged file is left as it is.</source>
        <translation>{problem}

Abrir uma cópia do último backup bom, de {date}? O arquivo danificado fica como está.</translation>
    </message>
    <message>
        <source>{name} ({path}) — okrdesk</source>
        <translation>{name} ({path}) — okrdesk</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[somente leitura]</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>somente leitura</translation>
    </message>
    <message>
        <source>This workspace is open read-only ({reason}).</source>
        <translation>Este espaço de trabalho está aberto somente para leitura ({reason}).</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>como solicitado</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>okrdesk workspaces (*{suffix})</source>
        <translation>Espaços de trabalho do okrdesk (*{suffix})</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Abrir um espaço de trabalho</translation>
    </message>
    <message>
        <source>okrdesk workspaces (*{suffix});;All files (*)</source>
        <translation>Espaços de trabalho do okrdesk (*{suffix});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Cópia salva em {path}.</translation>
    </message>
    <message>
        <source>Select a cycle to review.</source>
        <translation>Selecione um ciclo para revisar.</translation>
    </message>
    <message>
        <source>Amend the review</source>
        <translation>Corrigir a revisão</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>The review of “{name}” is completed. Look at it, or amend it?</source>
        <translation>A revisão de “{name}” está concluída. Só consultar, ou corrigir?</translation>
    </message>
    <message>
        <source>&amp;Look at it</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <source>&amp;Amend it</source>
        <translation>C&amp;orrigir</translation>
    </message>
    <message>
        <source>Select a cycle whose review to export.</source>
        <translation>Selecione o ciclo cuja revisão será exportada.</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Não foi possível gravar o PDF: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path} gravado.</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Novo objetivo</translation>
    </message>
    <message>
        <source>Select an objective first: key results belong to an objective.</source>
        <translation>Selecione primeiro um objetivo: resultados-chave pertencem a um objetivo.</translation>
    </message>
    <message>
        <source>Select only key results, only objectives or one cycle to delete.</source>
        <translation>Para excluir, selecione só resultados-chave, só objetivos ou um ciclo.</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Excluir {what}</translation>
    </message>
    <message>
        <source>Select key results or objectives first.</source>
        <translation>Selecione primeiro resultados-chave ou objetivos.</translation>
    </message>
    <message>
        <source>There is no open cycle to move to: create one first.</source>
        <translation>Não há ciclo aberto para onde mover: crie um primeiro.</translation>
    </message>
    <message>
        <source>{name} ({start} – {end})</source>
        <translation>{name} ({start} – {end})</translation>
    </message>
    <message>
        <source>Carry forward to</source>
        <translation>Levar adiante para</translation>
    </message>
    <message>
        <source>Move to cycle</source>
        <translation>Mover para o ciclo</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Ciclo:</translation>
    </message>
    <message>
        <source>{n} objective(s)</source>
        <translation>{n} objetivo(s)</translation>
    </message>
    <message>
        <source>{n} key result(s)</source>
        <translation>{n} resultado(s)-chave</translation>
    </message>
    <message>
        <source>{n} check-in(s)</source>
        <translation>{n} check-in(s)</translation>
    </message>
    <message>
        <source>the cycle {names}</source>
        <translation>o ciclo {names}</translation>
    </message>
    <message>
        <source>the objective(s) {names}</source>
        <translation>o(s) objetivo(s) {names}</translation>
    </message>
    <message>
        <source>the key result(s) {names}</source>
        <translation>o(s) resultado(s)-chave {names}</translation>
    </message>
    <message>
        <source>Delete {what} with its {parts}?</source>
        <translation>Excluir {what} com seus {parts}?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Você pode desfazer com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>Excluir {what}?</translation>
    </message>
    <message>
        <source>okrdesk</source>
        <translation>okrdesk</translation>
    </message>
    <message>
        <source>This workspace is open read-only.</source>
        <translation>Este espaço de trabalho está aberto somente para leitura.</translation>
    </message>
    <message>
        <source>Select a key result to check in.</source>
        <translation>Selecione um resultado-chave para fazer o check-in.</translation>
    </message>
    <message>
        <source>About okrdesk</source>
        <translation>Sobre o okrdesk</translation>
    </message>
    <message>
        <source>okrdesk {version}

OKRs for team leads: objectives, key results, check-ins and reviews in one file you own.</source>
        <translation>okrdesk {version}

OKRs para líderes de equipe: objetivos, resultados-chave, check-ins e revisões em um arquivo que é seu.</translation>
    </message>
    <message>
        <source>The workspace file is back; okrdesk is writing to it again.</source>
        <translation>O arquivo do espaço de trabalho voltou; o okrdesk está gravando nele de novo.</translation>
    </message>
    <message>
        <source>The file cannot be reached: read-only until it is back</source>
        <translation>O arquivo está inacessível: somente leitura até ele voltar</translation>
    </message>
    <message>
        <source>Merge a copy</source>
        <translation>Mesclar uma cópia</translation>
    </message>
    <message>
        <source>Nothing to merge: this workspace already has everything in {path}.</source>
        <translation>Nada para mesclar: este espaço de trabalho já tem tudo o que há em {path}.</translation>
    </message>
    <message>
        <source>Merged {count} changes from {path}.</source>
        <translation>{count} alterações de {path} mescladas.</translation>
    </message>
    <message>
        <source>Restored the backup of {date}.</source>
        <translation>Backup de {date} restaurado.</translation>
    </message>
    <message>
        <source>There is no backup of this workspace yet.</source>
        <translation>Ainda não há backup deste espaço de trabalho.</translation>
    </message>
    <message>
        <source>No backup could be made: {reason}</source>
        <translation>Não foi possível fazer um backup: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a copy</source>
        <translation>Mesclar uma cópia</translation>
    </message>
    <message>
        <source>{adds} new, {updates} changed and {deletes} deleted rows come from {path}. A backup of this workspace is made first.</source>
        <translation>{adds} novas, {updates} alteradas e {deletes} excluídas: linhas vindas de {path}. Antes, é feito um backup deste espaço de trabalho.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Mesclar</translation>
    </message>
</context>
<context>
    <name>NewKeyResultDialog</name>
    <message>
        <source>New key result</source>
        <translation>Novo resultado-chave</translation>
    </message>
</context>
<context>
    <name>NextCyclePage</name>
    <message>
        <source>Next cycle</source>
        <translation>Próximo ciclo</translation>
    </message>
    <message>
        <source>Ticked key results continue in the next cycle from their last value; the lessons go with them.</source>
        <translation>Os resultados-chave marcados continuam no próximo ciclo a partir do último valor; as lições vão junto.</translation>
    </message>
    <message>
        <source>Carry forward (unfinished key results):</source>
        <translation>Levar adiante (resultados-chave não concluídos):</translation>
    </message>
    <message>
        <source>(no next cycle)</source>
        <translation>(nenhum próximo ciclo)</translation>
    </message>
    <message>
        <source>Create “{name}” ({start} – {end})</source>
        <translation>Criar “{name}” ({start} – {end})</translation>
    </message>
    <message>
        <source>{title} (score {score})</source>
        <translation>{title} (nota {score})</translation>
    </message>
    <message>
        <source>Choose the next cycle</source>
        <translation>Escolher o próximo ciclo</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Levar adiante</translation>
    </message>
</context>
<context>
    <name>NumberDelegate</name>
    <message>
        <source>a number, or +50 % from the start</source>
        <translation>um número, ou +50 % sobre o início</translation>
    </message>
    <message>
        <source>“{text}” is not a number; nothing was changed.</source>
        <translation>“{text}” não é um número; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>ObjectiveEditor</name>
    <message>
        <source>Why this objective matters (optional)</source>
        <translation>Por que este objetivo importa (opcional)</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Res&amp;ponsável</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <source>An objective is best measured by 2 to 5 key results; this one has {count}.</source>
        <translation>Um objetivo é mais bem medido por 2 a 5 resultados-chave; este tem {count}.</translation>
    </message>
    <message>
        <source>We will {objective}, as measured by … (add key results).</source>
        <translation>Nós vamos {objective}, medido por … (adicione resultados-chave).</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} e {last}</translation>
    </message>
    <message>
        <source>We will {objective}, as measured by {measures}.</source>
        <translation>Nós vamos {objective}, medido por {measures}.</translation>
    </message>
    <message>
        <source>Edit objective “{title}”</source>
        <translation>Editar objetivo “{title}”</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Atual</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Último check-in</translation>
    </message>
    <message>
        <source>Backlog (no cycle)</source>
        <translation>Backlog (sem ciclo)</translation>
    </message>
    <message>
        <source>Objectives not planned in any cycle yet.</source>
        <translation>Objetivos ainda não planejados em nenhum ciclo.</translation>
    </message>
    <message>
        <source>{name}: {start} – {end}, {status}. Progress {progress}, expected by today {expected}.</source>
        <translation>{name}: {start} – {end}, {status}. Progresso {progress}, esperado até hoje {expected}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não concluído</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{start} → {current} → {target} {unit}</source>
        <translation>{start} → {current} → {target} {unit}</translation>
    </message>
    <message>
        <source>Progress {progress}</source>
        <translation>Progresso {progress}</translation>
    </message>
    <message>
        <source>Edit cycle “{name}”</source>
        <translation>Editar ciclo “{name}”</translation>
    </message>
    <message>
        <source>Edit objective “{title}”</source>
        <translation>Editar objetivo “{title}”</translation>
    </message>
    <message>
        <source>Edit key result “{title}”</source>
        <translation>Editar resultado-chave “{title}”</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Objetivo / resultado-chave</translation>
    </message>
    <message>
        <source>Start → final → target</source>
        <translation>Início → final → meta</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Who takes part:</source>
        <translation>Quem participa:</translation>
    </message>
    <message>
        <source>Lessons carried into this cycle (✓ acted on):</source>
        <translation>Lições trazidas para este ciclo (✓ aplicadas):</translation>
    </message>
    <message>
        <source>{name}: {start} – {end}. Progress {progress}; {objectives} objectives, {krs} key results.</source>
        <translation>{name}: {start} – {end}. Progresso {progress}; {objectives} objetivos, {krs} resultados-chave.</translation>
    </message>
</context>
<context>
    <name>PeopleDelegate</name>
    <message>
        <source>(nobody)</source>
        <translation>(ninguém)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Notes on each member's contribution. The PDF can leave them out.</source>
        <translation>Notas sobre a contribuição de cada membro. O PDF pode deixá-las de fora.</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribuição</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>sem avaliação</translation>
    </message>
    <message>
        <source>Note on {name}</source>
        <translation>Nota sobre {name}</translation>
    </message>
</context>
<context>
    <name>ReflectionPage</name>
    <message>
        <source>Reflection</source>
        <translation>Reflexão</translation>
    </message>
    <message>
        <source>What went well in this cycle?</source>
        <translation>O que deu certo neste ciclo?</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>O que deu errado?</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Deu certo</translation>
    </message>
    <message>
        <source>Went wrong</source>
        <translation>Deu errado</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Certo</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Errado</translation>
    </message>
    <message>
        <source>Went &amp;well</source>
        <translation>Deu &amp;certo</translation>
    </message>
    <message>
        <source>Went w&amp;rong</source>
        <translation>Deu e&amp;rrado</translation>
    </message>
    <message>
        <source>For each objective:</source>
        <translation>Para cada objetivo:</translation>
    </message>
    <message>
        <source>Review reflection</source>
        <translation>Reflexão da revisão</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>{cycles} cycles, {krs} key results, {checkins} check-ins</source>
        <translation>{cycles} ciclos, {krs} resultados-chave, {checkins} check-ins</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>não pode ser lido</translation>
    </message>
    <message>
        <source>The workspace as it is now is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>Antes, o espaço de trabalho atual é copiado para um backup, para que a restauração possa ser desfeita restaurando esse backup.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Review of {name}</source>
        <translation>Revisão de {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Finish and close the cycle</source>
        <translation>Concluir e encerrar o ciclo</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Key result</source>
        <translation>Resultado-chave</translation>
    </message>
    <message>
        <source>Final value</source>
        <translation>Valor final</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculada</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Given by the team; computed {score}.</source>
        <translation>Dada pela equipe; calculada {score}.</translation>
    </message>
    <message>
        <source>Score “{title}”</source>
        <translation>Nota de “{title}”</translation>
    </message>
</context>
<context>
    <name>ScorePage</name>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The computed score is the progress at the final value, to one decimal. Give another score where the team sees it differently. 0.7 is success for a stretch goal.</source>
        <translation>A nota calculada é o progresso no valor final, com uma casa decimal. Dê outra nota quando a equipe enxergar diferente. 0,7 é sucesso para uma meta ousada.</translation>
    </message>
    <message>
        <source>Cycle score: {score}</source>
        <translation>Nota do ciclo: {score}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Your team's name, e.g. Customer Success</source>
        <translation>O nome da sua equipe, por exemplo Customer Success</translation>
    </message>
    <message>
        <source>Name of a new team member</source>
        <translation>Nome de um novo membro da equipe</translation>
    </message>
    <message>
        <source>Role (optional)</source>
        <translation>Função (opcional)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>Team &amp;name</source>
        <translation>&amp;Nome da equipe</translation>
    </message>
    <message>
        <source>Members (double-click a name to rename):</source>
        <translation>Membros (clique duas vezes em um nome para renomear):</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inativo)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reativar</translation>
    </message>
    <message>
        <source>Reactivate {name}</source>
        <translation>Reativar {name}</translation>
    </message>
    <message>
        <source>Deactivate {name}</source>
        <translation>Desativar {name}</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Renomear {name}</translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message>
        <source>Select a key result to see its trend, or an objective to see its key results' progress.</source>
        <translation>Selecione um resultado-chave para ver sua tendência, ou um objetivo para ver o progresso dos seus resultados-chave.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>check-ins</translation>
    </message>
    <message>
        <source>ideal line</source>
        <translation>linha ideal</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>previsão</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progresso (%)</translation>
    </message>
    <message>
        <source>pace</source>
        <translation>ritmo</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to okrdesk</source>
        <translation>Bem-vindo ao okrdesk</translation>
    </message>
    <message>
        <source>okrdesk keeps your team's objectives, key results and check-ins in one file that you own.

Start with the demo workspace (a Customer Success team with two cycles and weekly check-ins) to look around, or start with an empty workspace.</source>
        <translation>O okrdesk guarda os objetivos, resultados-chave e check-ins da sua equipe em um arquivo que é seu.

Comece com o espaço de trabalho de demonstração (uma equipe de Customer Success com dois ciclos e check-ins semanais) para conhecer, ou comece com um espaço de trabalho vazio.</translation>
    </message>
    <message>
        <source>Start with the &amp;demo</source>
        <translation>Começar com a &amp;demonstração</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Começar &amp;vazio</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Abrir um arquivo…</translation>
    </message>
</context>
<context>
    <name>okrdesk</name>
    <message>
        <source>(nobody)</source>
        <translation>(ninguém)</translation>
    </message>
    <message>
        <source>okrdesk</source>
        <translation>okrdesk</translation>
    </message>
    <message>
        <source>by {change} %</source>
        <translation>em {change} %</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>No caminho</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Fora do caminho</translation>
    </message>
    <message>
        <source>ahead of pace</source>
        <translation>à frente do ritmo</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>no ritmo</translation>
    </message>
    <message>
        <source>behind pace</source>
        <translation>atrás do ritmo</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planejamento</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Quinzenal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>The file was replaced (by a sync or a restore); showing its new content.</source>
        <translation>O arquivo foi substituído (por uma sincronização ou restauração); mostrando o novo conteúdo.</translation>
    </message>
    <message>
        <source>Someone else changed the workspace; it is up to date.</source>
        <translation>Outra pessoa alterou o espaço de trabalho; ele está atualizado.</translation>
    </message>
    <message>
        <source>Someone else changed the workspace: {parts}.</source>
        <translation>Outra pessoa alterou o espaço de trabalho: {parts}.</translation>
    </message>
</context>
<context>
    <name>okrdesk.app</name>
    <message>
        <source>Something unexpected went wrong: {error}

Every change you made before this is saved in the workspace file.</source>
        <translation>Algo inesperado deu errado: {error}

Todas as alterações feitas antes disso estão salvas no arquivo do espaço de trabalho.</translation>
    </message>
    <message>
        <source>okrdesk</source>
        <translation>okrdesk</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Abrir um espaço de trabalho</translation>
    </message>
    <message>
        <source>okrdesk workspaces (*{suffix});;All files (*)</source>
        <translation>Espaços de trabalho do okrdesk (*{suffix});;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>okrdesk.changes</name>
    <message>
        <source>check-in(s)</source>
        <translation>check-in(s)</translation>
    </message>
    <message>
        <source>key result(s)</source>
        <translation>resultado(s)-chave</translation>
    </message>
    <message>
        <source>objective(s)</source>
        <translation>objetivo(s)</translation>
    </message>
    <message>
        <source>cycle(s)</source>
        <translation>ciclo(s)</translation>
    </message>
    <message>
        <source>person(s)</source>
        <translation>pessoa(s)</translation>
    </message>
    <message>
        <source>deletion(s)</source>
        <translation>exclusão(ões)</translation>
    </message>
</context>
<context>
    <name>okrdesk.commands</name>
    <message>
        <source>Add cycle “{name}”</source>
        <translation>Adicionar ciclo “{name}”</translation>
    </message>
    <message>
        <source>Add objective “{title}”</source>
        <translation>Adicionar objetivo “{title}”</translation>
    </message>
    <message>
        <source>Add key result “{title}”</source>
        <translation>Adicionar resultado-chave “{title}”</translation>
    </message>
    <message>
        <source>Move key results</source>
        <translation>Mover resultados-chave</translation>
    </message>
    <message>
        <source>Move key result</source>
        <translation>Mover resultado-chave</translation>
    </message>
    <message>
        <source>Move objectives</source>
        <translation>Mover objetivos</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>Mover objetivo</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Levar adiante</translation>
    </message>
    <message>
        <source>Move to cycle</source>
        <translation>Mover para o ciclo</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Fazer check-in</translation>
    </message>
    <message>
        <source>Add {name} to the team</source>
        <translation>Adicionar {name} à equipe</translation>
    </message>
    <message>
        <source>Rename the team</source>
        <translation>Renomear a equipe</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>Adicionar lição</translation>
    </message>
    <message>
        <source>Reorder lessons</source>
        <translation>Reordenar lições</translation>
    </message>
    <message>
        <source>Choose participants</source>
        <translation>Escolher participantes</translation>
    </message>
    <message>
        <source>Complete the review of “{name}”</source>
        <translation>Concluir a revisão de “{name}”</translation>
    </message>
</context>
<context>
    <name>okrdesk.demo</name>
    <message>
        <source>Customer Success Lead</source>
        <translation>Líder de Customer Success</translation>
    </message>
    <message>
        <source>Customer Success Specialist</source>
        <translation>Especialista em Customer Success</translation>
    </message>
    <message>
        <source>Give customers fast, first-time-right support</source>
        <translation>Dar aos clientes um atendimento rápido e resolutivo no primeiro contato</translation>
    </message>
    <message>
        <source>Cut average handling time to 10 min</source>
        <translation>Reduzir o tempo médio de atendimento para 10 min</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Solve 50 % more tickets in one contact</source>
        <translation>Resolver 50 % mais chamados em um único contato</translation>
    </message>
    <message>
        <source>Cut waiting time by 60 %</source>
        <translation>Reduzir o tempo de espera em 60 %</translation>
    </message>
    <message>
        <source>Answer at least 95 % of tickets within the first-response SLA</source>
        <translation>Responder pelo menos 95 % dos chamados dentro do SLA de primeira resposta</translation>
    </message>
    <message>
        <source>Build a Customer Success team that scales</source>
        <translation>Montar uma equipe de Customer Success que escale</translation>
    </message>
    <message>
        <source>Recruit 2 Customer Success specialists</source>
        <translation>Contratar 2 especialistas em Customer Success</translation>
    </message>
    <message>
        <source>people</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <source>Publish the onboarding playbook for new specialists</source>
        <translation>Publicar o playbook de integração para novos especialistas</translation>
    </message>
    <message>
        <source>Make customers happier and keep them longer</source>
        <translation>Deixar os clientes mais satisfeitos e retê-los por mais tempo</translation>
    </message>
    <message>
        <source>Cut monthly complaints to 10</source>
        <translation>Reduzir as reclamações mensais para 10</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>reclamações</translation>
    </message>
    <message>
        <source>Reach NPS 80</source>
        <translation>Atingir NPS 80</translation>
    </message>
    <message>
        <source>points</source>
        <translation>pontos</translation>
    </message>
    <message>
        <source>Raise retention by 30 %</source>
        <translation>Aumentar a retenção em 30 %</translation>
    </message>
    <message>
        <source>Cut waiting time to 15 min</source>
        <translation>Reduzir o tempo de espera para 15 min</translation>
    </message>
    <message>
        <source>Reach NPS 70</source>
        <translation>Atingir NPS 70</translation>
    </message>
    <message>
        <source>Launch the customer health score</source>
        <translation>Lançar o health score dos clientes</translation>
    </message>
    <message>
        <source>Macros and pairing cut handling time by a fifth.</source>
        <translation>Macros e trabalho em dupla reduziram o tempo de atendimento em um quinto.</translation>
    </message>
    <message>
        <source>We set the waiting-time target before we had a second shift; it was never reachable.</source>
        <translation>Definimos a meta de tempo de espera antes de ter um segundo turno; ela nunca foi alcançável.</translation>
    </message>
    <message>
        <source>Hire before the peak season, not during it.</source>
        <translation>Contratar antes da alta temporada, não durante.</translation>
    </message>
    <message>
        <source>Measure NPS monthly so we can react within the cycle.</source>
        <translation>Medir o NPS todo mês para poder reagir dentro do ciclo.</translation>
    </message>
    <message>
        <source>Keep the number of key results per objective at three or four.</source>
        <translation>Manter três ou quatro resultados-chave por objetivo.</translation>
    </message>
    <message>
        <source>Led the macro project and coached the team.</source>
        <translation>Liderou o projeto das macros e orientou a equipe.</translation>
    </message>
    <message>
        <source>Owned the queue during the billing incident.</source>
        <translation>Assumiu a fila durante o incidente de cobrança.</translation>
    </message>
    <message>
        <source>Half way there; carried forward with the same target.</source>
        <translation>No meio do caminho; segue adiante com a mesma meta.</translation>
    </message>
    <message>
        <source>New macros for the top 5 ticket types went live.</source>
        <translation>Entraram no ar novas macros para os 5 tipos de chamado mais comuns.</translation>
    </message>
    <message>
        <source>Holiday week: fewer people on the queue.</source>
        <translation>Semana de feriado: menos gente na fila.</translation>
    </message>
    <message>
        <source>Backlog from the billing incident is cleared.</source>
        <translation>O acúmulo do incidente de cobrança foi zerado.</translation>
    </message>
    <message>
        <source>Started pairing new hires with senior specialists.</source>
        <translation>Começamos a parear os novos contratados com especialistas seniores.</translation>
    </message>
    <message>
        <source>Chat channel opened for premium customers.</source>
        <translation>Canal de chat aberto para clientes premium.</translation>
    </message>
    <message>
        <source>Two key accounts escalated; follow-up meetings booked.</source>
        <translation>Duas contas-chave escalaram; reuniões de acompanhamento marcadas.</translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation>Customer Success</translation>
    </message>
</context>
<context>
    <name>okrdesk.drops</name>
    <message>
        <source>Drag objectives or key results, not both at once.</source>
        <translation>Arraste objetivos ou resultados-chave, não os dois ao mesmo tempo.</translation>
    </message>
    <message>
        <source>“{name}” is closed: reopen it to plan in it.</source>
        <translation>“{name}” está encerrado: reabra-o para planejar nele.</translation>
    </message>
    <message>
        <source>That cycle is closed: hold Ctrl to carry its work forward instead of moving it.</source>
        <translation>Esse ciclo está encerrado: segure Ctrl para levar o trabalho adiante em vez de movê-lo.</translation>
    </message>
    <message>
        <source>Key results are carried forward into a cycle, not into the Backlog.</source>
        <translation>Resultados-chave são levados adiante para um ciclo, não para o Backlog.</translation>
    </message>
    <message>
        <source>These key results are already in that objective.</source>
        <translation>Estes resultados-chave já estão nesse objetivo.</translation>
    </message>
    <message>
        <source>Drop key results onto an objective in the Backlog.</source>
        <translation>Solte resultados-chave sobre um objetivo do Backlog.</translation>
    </message>
    <message>
        <source>These key results are already in “{name}”.</source>
        <translation>Estes resultados-chave já estão em “{name}”.</translation>
    </message>
    <message>
        <source>An objective cannot be dropped onto itself.</source>
        <translation>Um objetivo não pode ser solto sobre si mesmo.</translation>
    </message>
    <message>
        <source>These objectives are already in “{name}”.</source>
        <translation>Estes objetivos já estão em “{name}”.</translation>
    </message>
</context>
<context>
    <name>okrdesk.errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
    <message>
        <source>Start and target must be ordinary numbers.</source>
        <translation>Início e meta devem ser números comuns.</translation>
    </message>
    <message>
        <source>The start and the target are both {value}: a metric key result needs a target different from its start, or it would be done before it began.</source>
        <translation>O início e a meta são ambos {value}: um resultado-chave do tipo métrica precisa de uma meta diferente do início, ou estaria concluído antes de começar.</translation>
    </message>
    <message>
        <source>A target relative to the start ("by N %") needs a start other than 0; enter the target as a number instead.</source>
        <translation>Uma meta relativa ao início ("em N %") precisa de um início diferente de 0; informe a meta como número.</translation>
    </message>
    <message>
        <source>A relative target needs a change other than 0 %.</source>
        <translation>Uma meta relativa precisa de uma variação diferente de 0 %.</translation>
    </message>
    <message>
        <source>A score is a number from 0.0 to 1.0 in steps of 0.1, not {score}.</source>
        <translation>Uma nota é um número de 0,0 a 1,0 em passos de 0,1, não {score}.</translation>
    </message>
    <message>
        <source>There is no file at {path}. Check the name and the folder, or create a new workspace.</source>
        <translation>Não há nenhum arquivo em {path}. Confira o nome e a pasta, ou crie um novo espaço de trabalho.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Não é possível ler {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an okrdesk workspace file.</source>
        <translation>{path} é uma pasta, não um arquivo de espaço de trabalho do okrdesk.</translation>
    </message>
    <message>
        <source>{path} is empty, so it is not an okrdesk workspace. Perhaps a copy or download did not finish: get the file again.</source>
        <translation>{path} está vazio, portanto não é um espaço de trabalho do okrdesk. Talvez uma cópia ou download não tenha terminado: obtenha o arquivo de novo.</translation>
    </message>
    <message>
        <source>{path} is not an okrdesk workspace: it is not a database file at all.</source>
        <translation>{path} não é um espaço de trabalho do okrdesk: nem sequer é um arquivo de banco de dados.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>Não é possível abrir {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a database of another application, not an okrdesk workspace.</source>
        <translation>{path} é um banco de dados de outro aplicativo, não um espaço de trabalho do okrdesk.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer okrdesk (file format {found}; this version reads up to {ours}). Update okrdesk to open it.</source>
        <translation>{path} foi salvo por um okrdesk mais novo (formato {found}; esta versão lê até o {ours}). Atualize o okrdesk para abri-lo.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Open a backup or an earlier copy instead.</source>
        <translation>{path} está danificado ({detail}). Abra um backup ou uma cópia anterior.</translation>
    </message>
    <message>
        <source>{path} has been changed by another program and okrdesk will not use it ({detail}). Open a backup or an earlier copy instead.</source>
        <translation>{path} foi alterado por outro programa e o okrdesk não vai usá-lo ({detail}). Abra um backup ou uma cópia anterior.</translation>
    </message>
    <message>
        <source>{path} holds a text far longer than okrdesk ever writes ({detail}); it was made or changed by another program. Open a backup or an earlier copy instead.</source>
        <translation>{path} contém um texto muito mais longo do que o okrdesk grava ({detail}); foi criado ou alterado por outro programa. Abra um backup ou uma cópia anterior.</translation>
    </message>
    <message>
        <source>{path} was being written when a program stopped, and it is read-only, so okrdesk cannot finish the recovery. Make it writable, or open a copy of it.</source>
        <translation>{path} estava sendo gravado quando um programa parou, e ele é somente leitura, então o okrdesk não consegue concluir a recuperação. Torne-o gravável, ou abra uma cópia dele.</translation>
    </message>
    <message>
        <source>{path} is damaged: the file is shorter than it should be (perhaps a copy or download did not finish). Open a backup or an earlier copy instead.</source>
        <translation>{path} está danificado: o arquivo é menor do que deveria (talvez uma cópia ou download não tenha terminado). Abra um backup ou uma cópia anterior.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>o arquivo é somente leitura</translation>
    </message>
    <message>
        <source>its folder cannot be written to</source>
        <translation>não é possível gravar na pasta dele</translation>
    </message>
    <message>
        <source>{path} was made by an older okrdesk and needs upgrading, but {reason}. Copy it somewhere you can write to and open the copy.</source>
        <translation>{path} foi criado por um okrdesk mais antigo e precisa ser atualizado, mas {reason}. Copie-o para um lugar onde você possa gravar e abra a cópia.</translation>
    </message>
    <message>
        <source>{path} already exists; okrdesk will not overwrite it. Choose another name.</source>
        <translation>{path} já existe; o okrdesk não vai sobrescrevê-lo. Escolha outro nome.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>A pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}.</source>
        <translation>Não é possível criar {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is open read-only ({reason}); nothing was changed.</source>
        <translation>{path} está aberto somente para leitura ({reason}); nada foi alterado.</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>como solicitado</translation>
    </message>
    <message>
        <source>{path} is being changed by someone else and stayed locked; your change was not saved. Try again in a moment.</source>
        <translation>{path} está sendo alterado por outra pessoa e continuou bloqueado; sua alteração não foi salva. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>{path} cannot be written (it became read-only); nothing was changed.</source>
        <translation>Não é possível gravar em {path} (ele ficou somente leitura); nada foi alterado.</translation>
    </message>
    <message>
        <source>{path} cannot be reached any more ({detail}); nothing was changed.</source>
        <translation>{path} não está mais acessível ({detail}); nada foi alterado.</translation>
    </message>
    <message>
        <source>A copy cannot be saved over the workspace itself.</source>
        <translation>Uma cópia não pode ser salva por cima do próprio espaço de trabalho.</translation>
    </message>
    <message>
        <source>The copy could not be written: {reason}.</source>
        <translation>Não foi possível gravar a cópia: {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be upgraded ({detail}); it was left as it was, and a backup is at {backup}.</source>
        <translation>Não foi possível atualizar {path} ({detail}); ele ficou como estava, e há um backup em {backup}.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>“{title}” is a milestone: check in 1 when it is done, 0 when it is not.</source>
        <translation>“{title}” é um marco: registre 1 quando estiver concluído, 0 quando não.</translation>
    </message>
    <message>
        <source>A check-in needs a date.</source>
        <translation>Um check-in precisa de uma data.</translation>
    </message>
    <message>
        <source>{date} is before the cycle “{cycle}” starts ({start}); a check-in records a value during the cycle.</source>
        <translation>{date} é antes do início do ciclo “{cycle}” ({start}); um check-in registra um valor durante o ciclo.</translation>
    </message>
    <message>
        <source>key result</source>
        <translation>resultado-chave</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>check-in</translation>
    </message>
    <message>
        <source>The {what} no longer exists; someone may have deleted it.</source>
        <translation>O item ({what}) não existe mais; talvez alguém o tenha excluído.</translation>
    </message>
    <message>
        <source>Someone else changed this {what} after you opened it; your change was not saved.</source>
        <translation>Outra pessoa alterou este item ({what}) depois que você o abriu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <source>There was nothing left to delete.</source>
        <translation>Não havia mais nada para excluir.</translation>
    </message>
    <message>
        <source>The workspace has no cycles yet.</source>
        <translation>O espaço de trabalho ainda não tem ciclos.</translation>
    </message>
    <message>
        <source>There is no cycle called “{name}”. The cycles are: {candidates}.</source>
        <translation>Não há ciclo chamado “{name}”. Os ciclos são: {candidates}.</translation>
    </message>
    <message>
        <source>More than one key result is called “{name}”: {candidates}. Give its number instead, e.g. --kr {example}.</source>
        <translation>Há mais de um resultado-chave chamado “{name}”: {candidates}. Informe o número, por exemplo --kr {example}.</translation>
    </message>
    <message>
        <source>The workspace has no key results yet.</source>
        <translation>O espaço de trabalho ainda não tem resultados-chave.</translation>
    </message>
    <message>
        <source>No key result is called “{name}”. Did you mean: {candidates}?</source>
        <translation>Nenhum resultado-chave se chama “{name}”. Você quis dizer: {candidates}?</translation>
    </message>
    <message>
        <source>Nobody on the team is called “{name}”. The team: {candidates}.</source>
        <translation>Ninguém na equipe se chama “{name}”. A equipe: {candidates}.</translation>
    </message>
    <message>
        <source>That cycle no longer exists.</source>
        <translation>Esse ciclo não existe mais.</translation>
    </message>
    <message>
        <source>That key result no longer exists.</source>
        <translation>Esse resultado-chave não existe mais.</translation>
    </message>
    <message>
        <source>That objective no longer exists.</source>
        <translation>Esse objetivo não existe mais.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>team name</source>
        <translation>nome da equipe</translation>
    </message>
    <message>
        <source>cycle name</source>
        <translation>nome do ciclo</translation>
    </message>
    <message>
        <source>There is already a cycle called “{name}”; choose another name.</source>
        <translation>Já existe um ciclo chamado “{name}”; escolha outro nome.</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>ciclo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>A key result is a metric, a threshold or a milestone, not “{value}”.</source>
        <translation>Um resultado-chave é uma métrica, um limite ou um marco, não “{value}”.</translation>
    </message>
    <message>
        <source>start value</source>
        <translation>valor inicial</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>change in %</source>
        <translation>variação em %</translation>
    </message>
    <message>
        <source>A key result needs a target.</source>
        <translation>Um resultado-chave precisa de uma meta.</translation>
    </message>
    <message>
        <source>A threshold is kept at least or at most at its limit, not “{value}”.</source>
        <translation>Um limite é mantido no mínimo ou no máximo no seu valor, não “{value}”.</translation>
    </message>
    <message>
        <source>“{name}” is closed; reopen it before adding key results to it.</source>
        <translation>“{name}” está encerrado; reabra-o antes de adicionar resultados-chave a ele.</translation>
    </message>
    <message>
        <source>“{title}” already reached its target of {target}; there is nothing left to carry forward.</source>
        <translation>“{title}” já atingiu a meta de {target}; não há nada para levar adiante.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>O campo “{what}” precisa ser texto.</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>O campo “{what}” não pode ficar vazio.</translation>
    </message>
    <message>
        <source>The {what} is {length} characters long; keep it under {limit}.</source>
        <translation>O campo “{what}” tem {length} caracteres; use menos de {limit}.</translation>
    </message>
    <message>
        <source>The unit is too long; keep it under {limit} characters.</source>
        <translation>A unidade é longa demais; use menos de {limit} caracteres.</translation>
    </message>
    <message>
        <source>The {what} must be a number, not “{value}”.</source>
        <translation>O campo “{what}” precisa ser um número, não “{value}”.</translation>
    </message>
    <message>
        <source>The {what} must be an ordinary number, not {value}.</source>
        <translation>O campo “{what}” precisa ser um número comum, não {value}.</translation>
    </message>
    <message>
        <source>A weight is a number above 0 (1 is normal, 2 counts double), not {value}.</source>
        <translation>Um peso é um número acima de 0 (1 é o normal, 2 conta em dobro), não {value}.</translation>
    </message>
    <message>
        <source>A cycle needs a start date and an end date.</source>
        <translation>Um ciclo precisa de uma data de início e uma de fim.</translation>
    </message>
    <message>
        <source>The cycle ends on {end}, which is not after it starts ({start}).</source>
        <translation>O ciclo termina em {end}, que não é depois do início ({start}).</translation>
    </message>
    <message>
        <source>Check-ins happen daily, weekly, biweekly or monthly, not “{value}”.</source>
        <translation>Check-ins são diários, semanais, quinzenais ou mensais, não “{value}”.</translation>
    </message>
    <message>
        <source>A cycle is planning, active or closed, not “{value}”.</source>
        <translation>Um ciclo está em planejamento, ativo ou encerrado, não “{value}”.</translation>
    </message>
    <message>
        <source>Confidence is on_track, at_risk or off_track, not “{value}”.</source>
        <translation>A confiança é on_track, at_risk ou off_track, não “{value}”.</translation>
    </message>
    <message>
        <source>The cycle “{name}” has no review yet.</source>
        <translation>O ciclo “{name}” ainda não tem revisão.</translation>
    </message>
    <message>
        <source>score</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>final value</source>
        <translation>valor final</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentário</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars, not {value}.</source>
        <translation>Uma avaliação vai de 1 a 5 estrelas, não {value}.</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>reflexão</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lição</translation>
    </message>
    <message>
        <source>A lesson cannot be empty.</source>
        <translation>Uma lição não pode ficar vazia.</translation>
    </message>
    <message>
        <source>A review is a draft or completed.</source>
        <translation>Uma revisão é um rascunho ou está concluída.</translation>
    </message>
    <message>
        <source>“{name}” is closed; choose an open cycle to carry work into.</source>
        <translation>“{name}” está encerrado; escolha um ciclo aberto para levar o trabalho.</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisão</translation>
    </message>
    <message>
        <source>Choose the next cycle before carrying key results forward.</source>
        <translation>Escolha o próximo ciclo antes de levar resultados-chave adiante.</translation>
    </message>
    <message>
        <source>The cycle “{name}” has no review yet: review it first (Cycle &gt; Review this cycle…).</source>
        <translation>O ciclo “{name}” ainda não tem revisão: revise-o primeiro (Ciclo &gt; Revisar este ciclo…).</translation>
    </message>
    <message>
        <source>A backup named {path} already exists.</source>
        <translation>Já existe um backup chamado {path}.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}.</source>
        <translation>Não foi possível restaurar o backup: {reason}.</translation>
    </message>
    <message>
        <source>A workspace cannot be merged with itself.</source>
        <translation>Um espaço de trabalho não pode ser mesclado consigo mesmo.</translation>
    </message>
    <message>
        <source>{path} is not a copy of this workspace (they share no history), so it cannot be merged. Open it on its own instead.</source>
        <translation>{path} não é uma cópia deste espaço de trabalho (não têm histórico em comum), então não pode ser mesclado. Abra-o separadamente.</translation>
    </message>
</context>
<context>
    <name>okrdesk.report</name>
    <message>
        <source>blue: check-ins · grey: ideal line · green: target {target}</source>
        <translation>azul: check-ins · cinza: linha ideal · verde: meta {target}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>não concluído</translation>
    </message>
    <message>
        <source>(computed {score})</source>
        <translation>(calculada {score})</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>score</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Start → final → target</source>
        <translation>Início → final → meta</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progresso</translation>
    </message>
    <message>
        <source>OKR review</source>
        <translation>Revisão de OKRs</translation>
    </message>
    <message>
        <source>Cycle score</source>
        <translation>Nota do ciclo</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Scores: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green; 0.7 is success for a stretch goal.</source>
        <translation>Notas: 0,0–0,3 vermelho, 0,4–0,6 amarelo, 0,7–1,0 verde; 0,7 é sucesso para uma meta ousada.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>Next cycle</source>
        <translation>Próximo ciclo</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexão</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>O que deu certo</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>O que deu errado</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Deu certo</translation>
    </message>
    <message>
        <source>Went wrong</source>
        <translation>Deu errado</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribuição</translation>
    </message>
    <message>
        <source>No lessons were written.</source>
        <translation>Nenhuma lição foi registrada.</translation>
    </message>
    <message>
        <source>Lessons from the previous cycle (✓ acted on)</source>
        <translation>Lições do ciclo anterior (✓ aplicadas)</translation>
    </message>
    <message>
        <source>Into the next cycle</source>
        <translation>Para o próximo ciclo</translation>
    </message>
    <message>
        <source>No next cycle was chosen.</source>
        <translation>Nenhum próximo ciclo foi escolhido.</translation>
    </message>
    <message>
        <source>starts at</source>
        <translation>começa em</translation>
    </message>
    <message>
        <source>No key results carry forward.</source>
        <translation>Nenhum resultado-chave segue adiante.</translation>
    </message>
    <message>
        <source>The lessons above go with it.</source>
        <translation>As lições acima vão junto.</translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation>Concluída em {date}</translation>
    </message>
    <message>
        <source>Draft review</source>
        <translation>Revisão em rascunho</translation>
    </message>
    <message>
        <source>OKR review: {cycle}</source>
        <translation>Revisão de OKRs: {cycle}</translation>
    </message>
    <message>
        <source>{team}{cycle} · page {page} of {pages}</source>
        <translation>{team}{cycle} · página {page} de {pages}</translation>
    </message>
</context>
</TS>
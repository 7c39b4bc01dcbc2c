<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Activation</name>
    <message>
        <location filename="../../gui/controls.py" line="+26" />
        <source>step</source>
        <translation>계단 함수 (step)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>identity</source>
        <translation>항등 함수 (identity)</translation>
    </message>
</context>
<context>
    <name>BackpropActions</name>
    <message>
        <location filename="../../gui/backprop_actions.py" line="+64"/>
        <source>&amp;Backward pass</source>
        <translation>역전파 보기(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the backward pass of the displayed sample on the network: each node&apos;s gradient, each edge&apos;s local derivative</source>
        <translation>표시된 샘플의 역전파를 신경망 위에 보여 줍니다: 노드마다 기울기, 간선마다 국소 미분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Explain one epoch...</source>
        <translation>한 epoch 설명(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk through one epoch step by step: forward pass, loss, numerical gradient, backprop, update</source>
        <translation>한 epoch을 단계별로 따라갑니다: 순전파, 손실, 수치 미분 기울기, 역전파, 업데이트</translation>
    </message>
</context>
<context>
    <name>BackwardPainter</name>
    <message>
        <location filename="../../gui/backward_view.py" line="+89"/>
        <source>Cannot draw the backward pass: {0}</source>
        <translation>역전파를 그릴 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this sample&apos;s loss L_i = {0}</source>
        <translation>이 샘플의 손실 L_i = {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no gradient for any training point: this unit does not learn</source>
        <translation>어떤 학습 데이터에도 기울기가 없습니다: 이 뉴런은 학습하지 않습니다</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>local derivative d {0} / d {1} = {2}</source>
        <translation>국소 미분 d {0} / d {1} = {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed back to {0}: {1}</source>
        <translation>{0}(으)로 거꾸로 전해지는 값: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean over all points (the table&apos;s backprop): {0}</source>
        <translation>모든 점에 대한 평균 (표의 역전파): {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward pass of sample {0} (x1 = {1}, x2 = {2}, t = {3}), L_i = {4}. Nodes: dL_i/d(node). Edges: × the local derivative, under it a weight&apos;s dL_i/dw. Arrows run from the loss back to the inputs.</source>
        <translation>샘플 {0}의 역전파 (x1 = {1}, x2 = {2}, t = {3}), L_i = {4}. 노드: dL_i/d(노드). 간선: × 국소 미분, 그 아래에 가중치의 dL_i/dw. 화살표는 손실에서 입력 쪽으로 거꾸로 향합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The table&apos;s backprop gradient is the mean of these per-sample gradients over all {0} training points.</source>
        <translation>표의 역전파 기울기는 이 샘플별 기울기를 학습 데이터 {0}개 전체에 대해 평균한 값입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dashed grey: nothing passes back for this sample (relu at a ≤ 0 passes 0).</source>
        <translation>회색 점선: 이 샘플에서는 아무것도 거꾸로 전해지지 않습니다 (a ≤ 0인 relu는 0을 전합니다).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Hatched: no gradient for any point ({0}). Dashed grey: nothing passes back for this sample.</source>
        <translation>빗금: 어떤 점에도 기울기가 없음 ({0}). 회색 점선: 이 샘플에서는 아무것도 거꾸로 전해지지 않음.</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <location filename="../../gui/boundary_plot.py" line="+63" />
        <source>Decision boundary (P(y=1), 0.5 contour)</source>
        <translation>결정경계 (P(y=1), 0.5 등고선)</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../gui/controls.py" line="+11" />
        <source>full speed</source>
        <translation>최대 속도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} epochs/s</source>
        <translation>초당 {0} epoch</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+3" />
        <source>data set</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the points to classify: the lecture's, or a classic 2-D set</source>
        <translation>분류할 점: 강의의 데이터 또는 잘 알려진 2차원 데이터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>points</source>
        <translation>점 개수</translation>
    </message>
    <message>
        <location line="+0" />
        <source>how many points the data set has</source>
        <translation>데이터 세트에 들어 있는 점의 개수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <location line="+0" />
        <source>how far points scatter from their set's shape</source>
        <translation>점이 데이터의 모양에서 흩어지는 정도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>test share</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <location line="+0" />
        <source>share of the points held out to test on</source>
        <translation>테스트용으로 떼어 두는 점의 비율</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location line="+1" />
        <source>neurons per hidden layer, comma separated: 3 (the lecture) or 4,4</source>
        <translation>은닉층마다 뉴런 수, 쉼표로 구분: 3 (강의) 또는 4,4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>activation function</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the hidden layers' activation function</source>
        <translation>은닉층의 활성화 함수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>initial parameters</source>
        <translation>초기 파라미터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the lecture's In[15] or In[8] values (2-3-1 only), or seeded random ones</source>
        <translation>강의 In[15] 또는 In[8]의 값 (2-3-1 전용), 또는 시드로 정한 무작위 값</translation>
    </message>
    <message>
        <location line="+1" />
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+0" />
        <source>step size of gradient descent: p &lt;- p - lr * gradient</source>
        <translation>경사 하강법의 보폭: p &lt;- p - lr * 기울기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>batch size</source>
        <translation>배치 크기 (batch size)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>points per update; all: the lecture's full batch</source>
        <translation>한 번 갱신할 때 쓰는 점의 수; 전체: 강의처럼 모든 점 (전체 배치)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>epoch limit</source>
        <translation>epoch 한도</translation>
    </message>
    <message>
        <location line="+0" />
        <source>training pauses after this many epochs</source>
        <translation>이만큼의 epoch가 지나면 학습이 멈춥니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>numerical differentiation as the lecture does it, or backpropagation</source>
        <translation>강의처럼 수치 미분으로, 또는 역전파로 구한 기울기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location line="+0" />
        <source>epochs per second; the last step is full speed</source>
        <translation>초당 epoch 수; 맨 오른쪽은 최대 속도</translation>
    </message>
    <message>
        <location line="+6" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+1" />
        <source>log-scale loss</source>
        <translation>손실 로그 눈금</translation>
    </message>
    <message>
        <location line="+1" />
        <source>draw the loss on a logarithmic scale</source>
        <translation>손실을 로그 눈금으로 그립니다</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+27" />
        <source>file: {0}</source>
        <translation>파일: {0}</translation>
    </message>
</context>
<context>
    <name>DataSet</name>
    <message>
        <location line="-155" />
        <source>lecture</source>
        <translation>강의 데이터</translation>
    </message>
    <message>
        <location line="+0" />
        <source>lecture-linear</source>
        <translation>강의 데이터 (직선)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>xor</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location line="+0" />
        <source>circle</source>
        <translation>원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>moons</source>
        <translation>반달</translation>
    </message>
    <message>
        <location line="+0" />
        <source>spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <location line="+1" />
        <source>blobs</source>
        <translation>두 무리</translation>
    </message>
</context>
<context>
    <name>ExplainPages</name>
    <message>
        <location filename="../../gui/explain_pages.py" line="+12"/>
        <source>Forward pass</source>
        <translation>순전파</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss of the sample and mean loss</source>
        <translation>샘플의 손실과 평균 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numerical gradient (the lecture&apos;s In[14])</source>
        <translation>수치 미분 기울기 (강의의 In[14])</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same gradient by backprop</source>
        <translation>역전파로 구한 같은 기울기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update of every parameter</source>
        <translation>모든 파라미터의 업데이트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numerical</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>backprop</source>
        <translation>역전파</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>This walk takes all {0} points as one batch, as the lecture does; training with batch size {1} makes several smaller updates in an epoch instead.</source>
        <translation>이 설명은 강의처럼 {0}개 점 전체를 하나의 배치로 씁니다. batch size {1}로 학습하면 한 epoch에 더 작은 업데이트를 여러 번 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample {0} (label t = {1}) goes through the network node by node: each a adds its bias and the weighted inputs, each z applies {2} to its a, and y = sigmoid(ay). Point at a line to find its node on the diagram.</source>
        <translation>샘플 {0}(레이블 t = {1})이 노드를 하나씩 지나며 신경망을 통과합니다 (순전파): 각 a는 편향에 가중치를 곱한 입력을 더하고, 각 z는 a에 활성화 함수 {2}를 적용하며, y = sigmoid(ay)입니다. 줄을 가리키면 다이어그램에서 그 노드가 표시됩니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The loss of this sample alone (binary cross-entropy, t is its label, y the output):</source>
        <translation>이 샘플 하나의 손실 (이진 교차 엔트로피, t는 레이블, y는 출력):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loss function the lecture minimises is the mean over all {0} training points:</source>
        <translation>강의가 최소화하는 손실함수는 학습 데이터 {0}개 전체의 평균입니다:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The lecture&apos;s In[14] moves one parameter at a time down and up by h = {0} and computes the whole loss both times; the gradient is the slope between the two.</source>
        <translation>강의의 In[14]는 파라미터를 하나씩 h = {0}만큼 내리고 올려서 두 번 모두 전체 손실을 계산합니다 (수치 미분). 기울기는 두 손실 사이의 기울기입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>That is one of the {0} entries of the gradient: the lecture&apos;s loop repeats it for every parameter, two loss computations each. Choose another parameter above.</source>
        <translation>이것은 기울기 {0}개 항목 중 하나입니다: 강의의 반복문은 이를 모든 파라미터마다 되풀이하며, 그때마다 손실을 두 번 계산합니다. 위에서 다른 파라미터를 골라 보세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backprop finds the same number with the chain rule: from the loss back to {0}, each node&apos;s gradient is the next node&apos;s gradient times the local derivative between them. For sample {1}:</source>
        <translation>역전파는 연쇄 법칙으로 같은 값을 구합니다: 손실에서 {0}까지 거꾸로 가며, 각 노드의 기울기는 다음 노드의 기울기에 둘 사이의 국소 미분을 곱한 값입니다. 샘플 {1}의 경우:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mean of this over all {0} training points is the backprop gradient, beside the numerical one:</source>
        <translation>이 값을 학습 데이터 {0}개 전체에 대해 평균한 것이 역전파 기울기입니다. 수치 미분 기울기와 나란히 놓으면:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numerical (In[14])</source>
        <translation>수치 미분 (In[14])</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient of {0}</source>
        <translation>{0}의 기울기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gradient descent moves every parameter against its gradient, p ← p - lr × gradient, with learning rate lr = {0} and the {1} gradient the training uses.</source>
        <translation>경사 하강법은 모든 파라미터를 기울기의 반대 방향으로 옮깁니다: p ← p - lr × 기울기. 학습률 lr = {0}, 기울기는 학습에 쓰는 {1} 기울기입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>parameter</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>before</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after</source>
        <translation>이후</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean loss before the update: {0}, after it: {1}.</source>
        <translation>업데이트 전 평균 손실: {0}, 업데이트 후: {1}.</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../gui/explain_view.py" line="+98"/>
        <source>Cannot explain this state: {0}</source>
        <translation>이 상태는 설명할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Applied: epoch {0} → {1}, mean loss {2} → {3}. This is now epoch {1}.</source>
        <translation>적용했습니다: epoch {0} → {1}, 평균 손실 {2} → {3}. 이제 epoch {1}을 설명합니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Epoch {0}, sample {1}</source>
        <translation>epoch {0}, 샘플 {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With mini-batches an epoch makes several updates: set the batch size to 0 (all points) to apply this one.</source>
        <translation>미니배치에서는 한 epoch에 업데이트가 여러 번 일어납니다: 이 업데이트를 적용하려면 batch size를 0(전체 점)으로 두세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The epoch limit is reached: raise it to apply the update.</source>
        <translation>epoch 한도에 도달했습니다: 업데이트를 적용하려면 한도를 올리세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train exactly this update: the window goes one epoch further.</source>
        <translation>바로 이 업데이트로 학습합니다: 창이 한 epoch 앞으로 갑니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Applying the update...</source>
        <translation>업데이트를 적용하는 중...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Explain one epoch</source>
        <translation>한 epoch 설명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter of stages 3 and 4:</source>
        <translation>3, 4단계의 파라미터:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the update</source>
        <translation>업데이트 적용</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../gui/file_menu.py" line="+64" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;recent</source>
        <translation>최근 세션 열기(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open session...</source>
        <translation>세션 열기(&amp;O)...</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Save session</source>
        <translation>세션 저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save session &amp;as...</source>
        <translation>다른 이름으로 세션 저장(&amp;A)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import data (CSV)...</source>
        <translation>데이터 가져오기 (CSV)(&amp;I)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;diagram...</source>
        <translation>다이어그램 내보내기(&amp;D)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export decision &amp;boundary (PNG)...</source>
        <translation>결정경계 내보내기 (PNG)(&amp;B)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;loss plot (PNG)...</source>
        <translation>손실 그래프 내보내기 (PNG)(&amp;L)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export loss &amp;history (CSV)...</source>
        <translation>손실 기록 내보내기 (CSV)(&amp;H)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;parameters (JSON)...</source>
        <translation>파라미터 내보내기 (JSON)(&amp;P)...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only DOT can be written here: {0}</source>
        <translation>여기서는 DOT 파일만 쓸 수 있습니다: {0}</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+75" />
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="-75" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Graphviz DOT source (*.dot)</source>
        <translation>Graphviz DOT 소스 (*.dot)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Clear list</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <location line="+16" />
        <source>nothing is shown yet; wait for the first picture.</source>
        <translation>아직 표시된 것이 없습니다. 첫 그림이 나올 때까지 기다리세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+15" />
        <source>Cannot export the diagram</source>
        <translation>다이어그램을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Export diagram</source>
        <translation>다이어그램 내보내기</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Diagram of epoch {0}, sample {1} written to {2} ({3})</source>
        <translation>epoch {0}, 샘플 {1}의 다이어그램을 {2}에 저장했습니다 ({3})</translation>
    </message>
    <message>
        <location line="+14" />
        <source>cannot write {0}: {1}</source>
        <translation>{0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the plot could not be drawn as PNG</source>
        <translation>그래프를 PNG로 그릴 수 없습니다</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{0}: written to {1}</source>
        <translation>{0}: {1}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export decision boundary</source>
        <translation>결정경계 내보내기</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export loss plot</source>
        <translation>손실 그래프 내보내기</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{0}: epoch {1} written to {2}</source>
        <translation>{0}: epoch {1}까지를 {2}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export loss history</source>
        <translation>손실 기록 내보내기</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+14" />
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Export parameters</source>
        <translation>파라미터 내보내기</translation>
    </message>
    <message>
        <location line="+0" />
        <source>JSON (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Import data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot import the data</source>
        <translation>데이터를 가져올 수 없습니다</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Imported {0} points from {1}</source>
        <translation>{1}에서 점 {0}개를 가져왔습니다</translation>
    </message>
</context>
<context>
    <name>Gradient</name>
    <message>
        <location filename="../../gui/controls.py" line="+7" />
        <source>numerical</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <location line="+0" />
        <source>backprop</source>
        <translation>역전파</translation>
    </message>
</context>
<context>
    <name>InitialParameters</name>
    <message>
        <location line="-3" />
        <source>lecture</source>
        <translation>강의 In[15] 값</translation>
    </message>
    <message>
        <location line="+0" />
        <source>lecture-forward</source>
        <translation>강의 In[8] 값</translation>
    </message>
    <message>
        <location line="+1" />
        <source>random</source>
        <translation>무작위</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../gui/loss_plot.py" line="+33" />
        <source>Loss (binary cross-entropy)</source>
        <translation>손실함수 (교차 엔트로피)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+30" />
        <source>test</source>
        <translation>테스트</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window.py" line="+154" />
        <source>Cannot use these settings: {0}</source>
        <translation>이 설정은 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+48" />
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Epoch limit reached: raise it to train on.</source>
        <translation>epoch 한도에 이르렀습니다. 더 학습하려면 한도를 올리세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Training diverged and was paused. {0}</source>
        <translation>학습이 발산하여 멈췄습니다. {0}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Controls</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../gui/network_view.py" line="+200" />
        <source>input of the displayed sample</source>
        <translation>표시된 샘플의 입력</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the mean over all training points</source>
        <translation>모든 학습 점에 대한 평균</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this sample's label t = {0}</source>
        <translation>이 샘플의 정답 t = {0}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+4" />
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <location line="+5" />
        <source>gradient d loss / d {0}:</source>
        <translation>기울기 d loss / d {0}:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>numerical {0}</source>
        <translation>수치 미분 {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>backprop {0}</source>
        <translation>역전파 {0}</translation>
    </message>
</context>
<context>
    <name>ParamModel</name>
    <message>
        <location filename="../../gui/param_table.py" line="+6" />
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0" />
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+1" />
        <source>numerical
gradient</source>
        <translation>수치 미분
기울기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>backprop
gradient</source>
        <translation>역전파
기울기</translation>
    </message>
    <message>
        <location line="+0" />
        <source>difference</source>
        <translation>차이</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <location filename="../../gui/sessions.py" line="+53" />
        <source>MLP Playground session (*.json)</source>
        <translation>MLP Playground 세션 (*.json)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+13" />
        <source>Cannot save the session</source>
        <translation>세션을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location line="-12" />
        <source>nothing is shown yet; wait for the first picture.</source>
        <translation>아직 표시된 것이 없습니다. 첫 그림이 나올 때까지 기다리세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Session saved to {0} (epoch {1})</source>
        <translation>세션을 {0}에 저장했습니다 (epoch {1})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot open the session</source>
        <translation>세션을 열 수 없습니다</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Opened {0} at epoch {1}</source>
        <translation>{0}을(를) epoch {1}에서 열었습니다</translation>
    </message>
    <message>
        <location line="+0" />
        <source>session</source>
        <translation>세션</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unsaved training</source>
        <translation>저장하지 않은 학습</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The network has trained since it was last saved. Save the session first?</source>
        <translation>마지막으로 저장한 뒤에 신경망이 더 학습했습니다. 먼저 세션을 저장할까요?</translation>
    </message>
</context>
<context>
    <name>TrainingActions</name>
    <message>
        <location filename="../../gui/training_actions.py" line="+34" />
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Train (Space toggles)</source>
        <translation>학습 (Space로 전환)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause (Space toggles)</source>
        <translation>일시정지 (Space로 전환)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location line="+0" />
        <source>One epoch</source>
        <translation>한 epoch만 학습</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back to the initial parameters</source>
        <translation>초기 파라미터로 되돌리기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Train/Pause</source>
        <translation>학습/일시정지</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Train or pause</source>
        <translation>학습 또는 일시정지</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Training</source>
        <translation>학습</translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <location filename="../../gui/status.py" line="+38" />
        <source>accuracy {0}</source>
        <translation>정확도 {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(test {0})</source>
        <translation>(테스트 {0})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>epoch {0} / {1}</source>
        <translation>epoch {0} / {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>loss {0}</source>
        <translation>손실 {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} epochs/s</source>
        <translation>초당 {0} epoch</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../gui/view_menu.py" line="+9" />
        <source>English</source>
        <translation>영어 (English)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Korean</source>
        <translation>한국어 (Korean)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Activation</name>
    <message>
        <location filename="../../gui/controls/control_panel.py" line="+35" />
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
    <name>ActivationsPage</name>
    <message>
        <location filename="../../gui/lessons/activations_page.py" line="+95" />
        <source>maxout: max(w1·x + b1, w2·x + b2)</source>
        <translation>maxout 함수: max(w1·x + b1, w2·x + b2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>read off at x =</source>
        <translation>값을 읽을 위치 x =</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Train with maxout units</source>
        <translation>maxout 유닛으로 학습하기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the training page with maxout hidden units: each unit has two affine pieces of its inputs, with their own weights and biases, and outputs the larger (random initial parameters: the lecture's are for one piece per unit)</source>
        <translation>maxout 은닉 유닛으로 학습 페이지를 엽니다: 유닛마다 입력의 아핀 조각이 둘 있고 조각마다 자신의 가중치와 편향이 있으며, 유닛은 둘 중 큰 값을 출력합니다 (초기 파라미터는 무작위: 강의의 값은 유닛마다 조각이 하나일 때의 것입니다)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Output layer: sigmoid or softmax</source>
        <translation>출력층: sigmoid 또는 softmax</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blue: the function; orange, dashed: its derivative; red: where the values below are read off (point at a plot).</source>
        <translation>파란색: 함수, 주황 점선: 도함수, 빨간색: 아래 표의 값을 읽는 위치(그래프를 가리키면 바뀝니다).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>sigmoid = softmax</source>
        <translation>sigmoid = softmax (두 클래스)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location line="+16" />
        <source>sigmoid(ay1 − ay0) = {0}
softmax(ay0, ay1) for class 1 = {1}
The same probability: exp(ay1) / (exp(ay0) + exp(ay1)) = 1 / (1 + exp(−(ay1 − ay0))). With ay0 = 0 it is the lecture's y = 1 / (1 + exp(−ay1)), so for two classes one sigmoid output is enough. In the last plot x is ay1: the thick blue sigmoid and the orange softmax lie on each other.</source>
        <translation>sigmoid(ay1 − ay0) = {0}
클래스 1의 softmax(ay0, ay1) = {1}
같은 확률입니다: exp(ay1) / (exp(ay0) + exp(ay1)) = 1 / (1 + exp(−(ay1 − ay0))). ay0 = 0이면 강의의 y = 1 / (1 + exp(−ay1))이므로, 두 클래스에는 sigmoid 출력 하나로 충분합니다. 마지막 그래프의 x는 ay1이며, 굵은 파란 sigmoid와 주황 softmax가 겹쳐 있습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Gradient descent needs a derivative that is not 0. step's is 0 for every x except 0, where it does not exist: no gradient passes through it, so the parameters before it never move (Training page: compare step and relu, In[19]).</source>
        <translation>경사 하강법에는 0이 아닌 도함수가 필요합니다. 계단 함수의 도함수는 0을 뺀 모든 x에서 0이고, 0에서는 존재하지 않습니다: 기울기가 전달되지 않으므로 그 앞의 파라미터는 전혀 움직이지 않습니다 (학습 페이지의 step과 relu 비교, In[19]).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>With these numbers also: {0}.</source>
        <translation>지금 값으로는 {0}도 마찬가지입니다.</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <location filename="../../gui/menus/alarms.py" line="+20" />
        <source>Training paused: {0}</source>
        <translation>학습 일시정지: {0}</translation>
    </message>
    <message>
        <location line="-7" />
        <source>squared error</source>
        <translation>제곱 오차</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot train: {0}</source>
        <translation>학습할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the loss ({0}) ran away: far above where it started, and still rising</source>
        <translation>손실({0})이 폭주했습니다: 시작값보다 훨씬 크고 계속 커지고 있습니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a parameter grew beyond 1e8</source>
        <translation>파라미터가 1e8을 넘었습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every relu unit of hidden layer {0} outputs 0 for every point (dead relu), so the layers before it can no longer learn</source>
        <translation>은닉층 {0}의 모든 relu 뉴런이 모든 점에서 0을 출력합니다(죽은 relu). 그 앞의 층은 더 이상 학습할 수 없습니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the loss ({0}) or a parameter became infinite</source>
        <translation>손실({0}) 또는 파라미터가 무한대가 되었습니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Training paused at epoch {0}: {1}. Kept epoch {2}, the last in which that layer was alive. Try a smaller learning rate, or Reset.</source>
        <translation>epoch {0}에서 학습을 멈췄습니다: {1}. 그 층이 마지막으로 살아 있던 epoch {2}의 상태를 남겼습니다. 학습률을 낮추거나 초기화하세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Training paused at epoch {0}: {1}. Kept epoch {2}. Try a smaller learning rate, or Reset.</source>
        <translation>epoch {0}에서 학습 일시정지: {1}. epoch {2}의 상태를 유지했습니다. 학습률을 낮추거나 초기화하세요.</translation>
    </message>
</context>
<context>
    <name>ApplicationModel</name>
    <message>
        <location filename="../../gui/application_model.py" line="+135" />
        <source>settings change</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location line="+1" />
        <source>point edit</source>
        <translation>점 편집</translation>
    </message>
    <message>
        <location line="+1" />
        <source>opened session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>imported data</source>
        <translation>가져온 데이터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lecture defaults</source>
        <translation>강의 기본값</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Not done: {0}</source>
        <translation>실행하지 않았습니다: {0}</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Cannot use these settings: {0}</source>
        <translation>이 설정은 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+77" />
        <source>No points to train on: turn on Draw points (D) and click the plot.</source>
        <translation>학습할 점이 없습니다: 점 그리기(D)를 켜고 그림을 클릭하세요.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Sample {0} (of {1} points), label t = {2}</source>
        <translation>샘플 {0} (점 {1}개 중), 레이블 t = {2}</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Cannot go back to it: {0}</source>
        <translation>되돌릴 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Epoch limit reached: raise it to train on.</source>
        <translation>epoch 한도에 이르렀습니다. 더 학습하려면 한도를 올리세요.</translation>
    </message>
</context>
<context>
    <name>BackpropActions</name>
    <message>
        <location filename="../../gui/menus/backprop_actions.py" line="+64" />
        <source>&amp;Backward pass</source>
        <translation>역전파 보기(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the backward pass of the displayed sample on the network: each node's gradient, each edge's local derivative</source>
        <translation>표시된 샘플의 역전파를 신경망 위에 보여 줍니다: 노드마다 기울기, 간선마다 국소 미분</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Explain one epoch...</source>
        <translation>한 epoch 설명(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk through one epoch step by step: forward pass, loss, numerical gradient, backprop, update</source>
        <translation>한 epoch을 단계별로 따라갑니다: 순전파, 손실, 수치 미분 기울기, 역전파, 업데이트</translation>
    </message>
</context>
<context>
    <name>BackwardPainter</name>
    <message>
        <location filename="../../gui/panels/backward_view.py" line="+95" />
        <source>Cannot draw the backward pass: {0}</source>
        <translation>역전파를 그릴 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>this sample's loss L_i = {0}</source>
        <translation>이 샘플의 손실 L_i = {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no gradient for any training point: this unit does not learn</source>
        <translation>어떤 학습 데이터에도 기울기가 없습니다: 이 뉴런은 학습하지 않습니다</translation>
    </message>
    <message>
        <location line="+47" />
        <source>local derivative d {0} / d {1} = {2}</source>
        <translation>국소 미분 d {0} / d {1} = {2}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>passed back to {0}: {1}</source>
        <translation>{0}(으)로 거꾸로 전해지는 값: {1}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>the table's backprop, the mean over all points plus the weight penalty's part: {0}</source>
        <translation>표의 역전파 값 (모든 점의 평균 + 가중치 규제 몫): {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mean over all points (the table's backprop): {0}</source>
        <translation>모든 점에 대한 평균 (표의 역전파): {0}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sample {0} (t = {1}), L_i = {2}: nodes dL_i/d(node), edges × local derivative and a weight's dL_i/dw</source>
        <translation>샘플 {0} (t = {1}), L_i = {2}: 노드는 dL_i/d(노드), 간선은 × 국소 미분과 가중치의 dL_i/dw</translation>
    </message>
    <message>
        <location line="+2" />
        <source>positive</source>
        <translation>양수</translation>
    </message>
    <message>
        <location line="+0" />
        <source>negative</source>
        <translation>음수</translation>
    </message>
    <message>
        <location line="+0" />
        <source>zero</source>
        <translation>영(0)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no gradient for any point</source>
        <translation>어느 점에서도 기울기 없음</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backward pass of sample {0} (x1 = {1}, x2 = {2}, t = {3}), L_i = {4}. Nodes: dL_i/d(node). Edges: × the local derivative, under it a weight's dL_i/dw. Arrows run from the loss back to the inputs.</source>
        <translation>샘플 {0}의 역전파 (x1 = {1}, x2 = {2}, t = {3}), L_i = {4}. 노드: dL_i/d(노드). 간선: × 국소 미분, 그 아래에 가중치의 dL_i/dw. 화살표는 손실에서 입력 쪽으로 거꾸로 향합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The table's backprop gradient is the mean of these per-sample gradients over all {0} training points.</source>
        <translation>표의 역전파 기울기는 이 샘플별 기울기를 학습 데이터 {0}개 전체에 대해 평균한 값입니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The table's backprop gradient is the mean of these per-sample gradients over all {0} training points, plus for each weight the {1} penalty's {2} (rate {3}); biases have no penalty.</source>
        <translation>표의 역전파 기울기는 학습 데이터 {0}개 전체에 대한 이 샘플별 기울기의 평균에, 가중치마다 {1} 규제의 {2}(강도 {3})를 더한 값입니다. 편향에는 규제가 없습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Dashed grey: nothing passes back for this sample (relu at a ≤ 0 passes 0).</source>
        <translation>회색 점선: 이 샘플에서는 아무것도 거꾸로 전해지지 않습니다 (a ≤ 0인 relu는 0을 전합니다).</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Hatched: no gradient for any point ({0}). Dashed grey: nothing passes back for this sample.</source>
        <translation>빗금: 어떤 점에도 기울기가 없음 ({0}). 회색 점선: 이 샘플에서는 아무것도 거꾸로 전해지지 않음.</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <location filename="../../gui/panels/boundary_plot.py" line="+194" />
        <source>Decision boundary (P(y=1), 0.5 contour)</source>
        <translation>결정경계 (P(y=1), 0.5 등고선)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Predicted value y (blue from {0} up, orange below)</source>
        <translation>예측값 y ({0} 이상 파랑, 미만 주황)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Predicted value y (orange {0}, grey {1}, blue {2})</source>
        <translation>예측값 y (주황 {0}, 회색 {1}, 파랑 {2})</translation>
    </message>
    <message>
        <location line="+179" />
        <source>sample {0}, t = {1} (x1 = {2}, x2 = {3})</source>
        <translation>샘플 {0}, t = {1} (x1 = {2}, x2 = {3})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sample {0}, class {1} (x1 = {2}, x2 = {3})</source>
        <translation>샘플 {0}, 클래스 {1} (x1 = {2}, x2 = {3})</translation>
    </message>
    <message>
        <location line="-226" />
        <location line="+20" />
        <source>Decision boundary</source>
        <translation>결정경계</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Decision regions ({0} classes; shade: probability; lines: ties)</source>
        <translation>결정 영역 (클래스 {0}개, 진하기: 확률, 선: 동률)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision regions</source>
        <translation>결정 영역</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Predicted value</source>
        <translation>예측값</translation>
    </message>
    <message>
        <location line="-28" />
        <location line="+81" />
        <source>test points (hollow)</source>
        <translation>테스트 점 (속이 빈 점)</translation>
    </message>
</context>
<context>
    <name>ClassBars</name>
    <message>
        <location filename="../../gui/panels/class_bars.py" line="+38" />
        <source>Class probabilities of the displayed sample</source>
        <translation>표시된 샘플의 클래스별 확률</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+1" />
        <source>Class probabilities</source>
        <translation>클래스별 확률</translation>
    </message>
    <message>
        <location line="-1" />
        <source>sample {0}</source>
        <translation>샘플 {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sample {0}, label t = {1}</source>
        <translation>샘플 {0}, 레이블 t = {1}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>class {0} ({1}): {2}</source>
        <translation>클래스 {0} ({1}): {2}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../gui/lessons/compare_dialog.py" line="+72" />
        <source>step against relu: In[19] and In[15]</source>
        <translation>step과 relu 비교: In[19]와 In[15]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>parameter</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location line="+0" />
        <source>initial
(In[15])</source>
        <translation>초깃값
(In[15])</translation>
    </message>
    <message>
        <location line="+0" />
        <source>step:
gradient at start</source>
        <translation>step:
처음 기울기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>step:
after {0} epochs</source>
        <translation>step:
{0} epoch 후</translation>
    </message>
    <message>
        <location line="+0" />
        <source>relu:
gradient at start</source>
        <translation>relu:
처음 기울기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>relu:
after {0} epochs</source>
        <translation>relu:
{0} epoch 후</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The lecture's data and In[15]'s initial parameters, learning rate 0.1, numerical gradient, {0} epochs. With step the {1} highlighted hidden-layer parameters ({2}) never move: step's derivative is 0, so every gradient passing through the hidden layer is 0. Only the output layer learns: b21 ends at {3} (In[19]), accuracy {4}. With relu all {5} move; b21 ends at {6}, accuracy {7}.</source>
        <translation>강의의 데이터와 In[15]의 초기 파라미터, 학습률 0.1, 수치 미분 기울기, {0} epoch. step에서는 강조된 은닉층 파라미터 {1}개({2})가 전혀 움직이지 않습니다: 계단 함수의 도함수가 0이어서 은닉층을 지나는 기울기가 모두 0이기 때문입니다. 출력층만 학습하여 b21은 {3}에서 끝납니다 (In[19], 정확도 {4}). relu에서는 {5}개 모두 움직이며 b21은 {6}에서 끝납니다 (정확도 {7}).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Loss per epoch: step orange, relu blue</source>
        <translation>epoch별 손실: step 주황, relu 파랑</translation>
    </message>
</context>
<context>
    <name>ConfusionPanel</name>
    <message>
        <location filename="../../gui/panels/confusion_view.py" line="+37" />
        <source>Training points (rows: true class, columns: predicted)</source>
        <translation>학습 점 (행: 실제 클래스, 열: 예측한 클래스)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test points (rows: true class, columns: predicted)</source>
        <translation>테스트 점 (행: 실제 클래스, 열: 예측한 클래스)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No classes: a regression is scored by R², not by a confusion matrix.</source>
        <translation>클래스가 없습니다. 회귀는 혼동 행렬이 아니라 R²로 평가합니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Accuracy: {0} on the training points</source>
        <translation>정확도: 학습 점에서 {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, {0} on the test points</source>
        <translation>, 테스트 점에서 {0}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>class {0}</source>
        <translation>클래스 {0}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location line="+43" />
        <source>&amp;Confusion matrix</source>
        <translation>혼동 행렬(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accuracy and the confusion matrix of the training and test points</source>
        <translation>학습 점과 테스트 점의 정확도와 혼동 행렬</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../gui/controls/control_panel.py" line="+19" />
        <source>full speed</source>
        <translation>최대 속도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} epochs/s</source>
        <translation>초당 {0} epoch</translation>
    </message>
    <message>
        <location line="+130" />
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
        <location line="+5" />
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
        <location line="+14" />
        <source>classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>classes K: how many classes the softmax tells apart, its units y0 .. y(K-1); blobs and spiral then have as many blobs or arms, and drawn points as many colours</source>
        <translation>클래스 수 K: softmax가 구별하는 클래스의 수, 곧 출력 유닛 y0 .. y(K-1)의 수. blobs와 spiral은 그만큼의 덩어리나 팔을 가지고, 직접 그린 점도 그만큼의 색을 가집니다</translation>
    </message>
    <message>
        <location line="+5" />
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
        <source>no limit</source>
        <translation>한도 없음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>train until Pause (or until training diverges)</source>
        <translation>일시정지할 때까지 (또는 학습이 발산할 때까지) 학습합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>draw the loss on a logarithmic scale</source>
        <translation>손실을 로그 눈금으로 그립니다</translation>
    </message>
    <message>
        <location line="+70" />
        <source>file: {0}</source>
        <translation>파일: {0}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>drawn by hand</source>
        <translation>손으로 그린 점</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gui/core_messages.py" line="+12" />
        <source>{first} or {last}</source>
        <translation>{first} 또는 {last}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>data set</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <location line="+1" />
        <source>data set size</source>
        <translation>점 개수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <location line="+1" />
        <source>data seed</source>
        <translation>데이터 시드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>test ratio</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <location line="+1" />
        <source>split seed</source>
        <translation>분할 시드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location line="+1" />
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>init</source>
        <translation>초기 파라미터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+1" />
        <source>epoch limit</source>
        <translation>epoch 한도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>batch size (0: all points)</source>
        <translation>배치 크기(0: 모든 점)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>difference step h</source>
        <translation>차분 간격 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>feature</source>
        <translation>특성</translation>
    </message>
    <message>
        <location line="+1" />
        <source>regularization</source>
        <translation>규제</translation>
    </message>
    <message>
        <location line="+1" />
        <source>regularization rate</source>
        <translation>규제 강도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>output</source>
        <translation>출력층</translation>
    </message>
    <message>
        <location line="+1" />
        <source>classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>log scale</source>
        <translation>손실 로그 눈금</translation>
    </message>
    <message>
        <location line="+1" />
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location line="+1" />
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location line="+1" />
        <source>beta1</source>
        <translation>Adam 베타1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>beta2</source>
        <translation>Adam 베타2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>each of the {label}</source>
        <translation>각 {label}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>greater than {lo}</source>
        <translation>{lo}보다 큰 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>at least {lo}</source>
        <translation>{lo} 이상인 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>in {interval}</source>
        <translation>{interval} 범위의 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>from {lo} to {hi}</source>
        <translation>{lo}부터 {hi}까지의 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label} must be true or false, got {value!r}</source>
        <translation>{label}: 참 또는 거짓이어야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label} must be one of {choices}, got {value!r}</source>
        <translation>{label}: {choices} 중 하나여야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label} must be a whole number from {lo} to {hi}, got {value}</source>
        <translation>{label}: {lo}부터 {hi}까지의 정수여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label} must be a number {span}, got {value}</source>
        <translation>{label}: {span}여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label} must be text, got {value!r}</source>
        <translation>{label}: 텍스트여야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown {label} {item!r}; choose {choices}</source>
        <translation>알 수 없는 {label} {item!r}입니다. {choices} 중에서 고르세요</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label} names {count}; from {fewest} to {most} may be given</source>
        <translation>{label}: {count}개를 지정했습니다. {fewest}개부터 {most}개까지 지정할 수 있습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label} must be a list, got {value!r}</source>
        <translation>{label}: 목록이어야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label} must number {fewest} to {most}, got {count}</source>
        <translation>{label}: {fewest}개부터 {most}개까지여야 합니다. 받은 개수: {count}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every coordinate must be a finite number within ±{limit:g}; this data set has {largest:g}</source>
        <translation>모든 좌표는 ±{limit:g} 이내의 유한한 수여야 합니다. 이 데이터 세트에는 {largest:g}이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>every label must be a finite number within ±{limit:g}; this data set has {largest:g}</source>
        <translation>모든 레이블은 ±{limit:g} 이내의 유한한 수여야 합니다. 이 데이터 세트에는 {largest:g}이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown data set {name!r}; choose one of {names}</source>
        <translation>알 수 없는 데이터 세트 {name!r}입니다. 다음 중에서 고르세요: {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>test ratio leaves no training points</source>
        <translation>테스트 비율이 너무 커서 학습할 점이 남지 않습니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a data set holds at most {most:,} points</source>
        <translation>데이터 세트에는 점을 최대 {most:,}개까지 담을 수 있습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path}: the file is {mb:,.0f} MB; at most {most_mb} MB ({most:,} points) can be read</source>
        <translation>{path}: 파일 크기가 {mb:,.0f} MB입니다. 최대 {most_mb} MB(점 {most:,}개)까지 읽을 수 있습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{path}: row {row}: {error}</source>
        <translation>{path}: {row}행: {error}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프(FIFO)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a character device</source>
        <translation>문자 장치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a block device</source>
        <translation>블록 장치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a regular file</source>
        <translation>일반 파일이 아닌 것</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{kind}, not a regular file; only regular files are read</source>
        <translation>{kind}입니다. 일반 파일이 아니어서 읽지 않습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is {size}; at most {most} can be read</source>
        <translation>파일 크기가 {size}입니다. 최대 {most}까지 읽을 수 있습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file grew beyond {most} while it was read; at most {most} can be read</source>
        <translation>읽는 동안 파일이 {most}보다 커졌습니다. 최대 {most}까지 읽을 수 있습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot read: {reason}</source>
        <translation>읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a session file: {count:,} lists and objects; a session holds at most {most:,}</source>
        <translation>세션 파일이 아닙니다: 목록과 객체가 {count:,}개입니다. 세션에는 최대 {most:,}개까지 있을 수 있습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot save the session: it would be {size}, above the {most} a session file may hold (its loss history grows with every epoch); export the loss history as CSV instead, or save before training this long</source>
        <translation>세션을 저장할 수 없습니다: 파일이 {size}가 되어 세션 파일의 한도 {most}를 넘습니다(손실 기록은 epoch마다 늘어납니다). 대신 손실 기록을 CSV로 내보내거나, 이만큼 학습하기 전에 저장하세요</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}: 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path}: not a text CSV file (UTF-8 expected)</source>
        <translation>{path}: 텍스트 CSV 파일이 아닙니다(UTF-8이어야 합니다)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path}: row {row}, column {column}: {cell!r} is not a finite number</source>
        <translation>{path}: {row}행, {column} 열: {cell!r}은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{path}: row {row}, column {column}: not a number: {cell!r}</source>
        <translation>{path}: {row}행, {column} 열: 수가 아닙니다: {cell!r}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path}: row {row}, column {column}: {cell!r} is beyond ±{limit:g}</source>
        <translation>{path}: {row}행, {column} 열: {cell!r}이(가) ±{limit:g}를 넘습니다</translation>
    </message>
    <message>
        <location line="-25" />
        <source>a drawn point's class is a whole number from 0 to {top}, got {label!r}</source>
        <translation>그린 점의 클래스는 0부터 {top}까지의 정수입니다. 받은 값: {label!r}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the epoch limit ({limit}) is reached; raise it to step on</source>
        <translation>epoch 한도({limit})에 이르렀습니다. 한 단계 더 가려면 한도를 올리세요</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{path}: row {row}, column y: a class is a whole number from 0 to {top}, got {cell!r} (real values need the linear output, for regression)</source>
        <translation>{path}: {row}행, y 열: 클래스는 0부터 {top}까지의 정수여야 하는데 {cell!r}입니다(실수 값은 회귀용 선형 출력이 필요합니다)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{path}: more than {most:,} data rows; at most {most:,} points can be used</source>
        <translation>{path}: 데이터 행이 {most:,}개보다 많습니다. 점은 최대 {most:,}개까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{path}: the file is empty; expected a header x1,x2,y</source>
        <translation>{path}: 빈 파일입니다. 머리글 x1,x2,y가 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path}: row 1 (header): column {column} appears {count} times</source>
        <translation>{path}: 1행(머리글): {column} 열이 {count}번 나옵니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path}: row 1 (header): missing column(s) {missing}; found {found}</source>
        <translation>{path}: 1행(머리글): 없는 열: {missing}. 찾은 머리글: {found}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{path}: needs at least 2 data rows, found {count}</source>
        <translation>{path}: 데이터 행이 2개 이상 필요한데 {count}개입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path}: column y has a single class ({label}); both 0 and 1 are needed</source>
        <translation>{path}: y 열에 클래스가 하나({label})뿐입니다. 0과 1이 모두 있어야 합니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--hidden takes neuron counts like 3 or 4,4, got {text!r}</source>
        <translation>--hidden에는 3이나 4,4처럼 뉴런 수를 씁니다. 받은 값: {text!r}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hidden layers must number 1 to {most}, got {count}</source>
        <translation>은닉층은 1개부터 {most}개까지여야 합니다. 받은 개수: {count}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>each hidden layer needs 1 to {most} neurons, got {sizes}</source>
        <translation>은닉층마다 뉴런이 1개부터 {most}개까지 있어야 합니다. 받은 값: {sizes}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>init {kind!r} needs the lecture's 2-3-1 shape with inputs x1, x2; use 'random' for hidden={hidden}, features={features}</source>
        <translation>초기 파라미터 {kind!r}에는 입력이 x1, x2인 강의의 2-3-1 모양이 필요합니다. hidden={hidden}, features={features}에는 'random'을 쓰세요</translation>
    </message>
    <message>
        <location line="+3" />
        <source>init {kind!r} has one affine node per unit, the lecture's; a {activation} unit has {pieces} pieces: use 'random'</source>
        <translation>init {kind!r}은(는) 강의처럼 유닛마다 아핀 노드가 하나일 때의 값입니다. {activation} 유닛은 조각이 {pieces}개이므로 'random'을 쓰십시오</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown init {kind!r}; choose one of {names}</source>
        <translation>알 수 없는 초기 파라미터 {kind!r}입니다. 다음 중에서 고르세요: {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown feature {key!r}; choose from {keys}</source>
        <translation>알 수 없는 입력 특성 {key!r}입니다. 다음 중에서 고르세요: {keys}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>choose at least one input feature</source>
        <translation>입력 특성을 하나 이상 고르세요</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a feature is listed twice in {keys}</source>
        <translation>{keys}에 같은 입력 특성이 두 번 있습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown activation {name!r}; choose one of {names}</source>
        <translation>알 수 없는 활성화 함수 {name!r}입니다. 다음 중에서 고르세요: {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>activation {text!r} names {count} activations for {layers} hidden layers; give one name for all of them or one per layer</source>
        <translation>활성화 함수 {text!r}는 은닉층 {layers}개에 활성화 함수 {count}개를 지정합니다. 모든 층에 하나를 쓰거나 층마다 하나씩 쓰세요</translation>
    </message>
    <message>
        <location line="+3" />
        <source>activation {text!r} names {count} activations for {layers} hidden layer; give one name for all of them or one per layer</source>
        <translation>활성화 함수 {text!r}는 은닉층 {layers}개에 활성화 함수 {count}개를 지정합니다. 모든 층에 하나를 쓰거나 층마다 하나씩 쓰세요</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a softmax needs at least two units, got {units}</source>
        <translation>소프트맥스에는 유닛이 두 개 이상 필요합니다. 받은 값: {units}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>0 or 1</source>
        <translation>0 또는 1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a class from 0 to {top}</source>
        <translation>0부터 {top}까지의 클래스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the {name} output classifies, so every label y must be {allowed}, but this data has real-valued labels (e.g. y = {odd:.4g}): choose the linear output (regression) for it</source>
        <translation>{name} 출력은 분류를 하므로 모든 레이블 y가 {allowed}여야 하는데, 이 데이터에는 실수 레이블(예: y = {odd:.4g})이 있습니다. 이 데이터에는 선형 출력(회귀)을 고르세요</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the {name} output tells {units} classes apart (0 to {top}), but this data has the label y = {odd:g}: choose the softmax output with {needed} classes for it</source>
        <translation>{name} 출력은 클래스 {units}개(0부터 {top}까지)를 구별하는데, 이 데이터에는 레이블 y = {odd:g}가 있습니다. 클래스 {needed}개의 softmax 출력을 고르세요</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown output {name!r}; choose sigmoid, softmax or linear (regression)</source>
        <translation>알 수 없는 출력 {name!r}입니다. sigmoid, softmax 또는 linear(회귀) 중에서 고르세요</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown regularization {name!r}; choose {choices}</source>
        <translation>알 수 없는 규제 {name!r}입니다. {choices} 중에서 고르세요</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} keeps no state, got {state!r}</source>
        <translation>{name}에는 저장할 상태가 없습니다. 받은 값: {state!r}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown optimizer {name!r}; choose one of {names}</source>
        <translation>알 수 없는 최적화 방법 {name!r}입니다. 다음 중에서 고르세요: {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location line="+1" />
        <source>squared error</source>
        <translation>제곱 오차</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected {n} initial parameters, got {shape}</source>
        <translation>초기 파라미터가 {n}개 필요한데 {shape}입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the loss is not finite at the start: the data or the initial parameters are too large for this network</source>
        <translation>처음부터 손실이 유한하지 않습니다. 이 신경망에는 데이터나 초기 파라미터가 너무 큽니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>parameters must be finite and match the network's shape</source>
        <translation>파라미터는 유한해야 하고 신경망의 모양에 맞아야 합니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>these values would make the loss infinite; nothing was changed</source>
        <translation>이 값이면 손실이 무한대가 됩니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no parameter named {name!r}</source>
        <translation>{name!r}이라는 파라미터가 없습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} = {value:g}: {error}</source>
        <translation>{name} = {value:g}: {error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an optimizer state must be a dict, got {kind}</source>
        <translation>최적화 상태는 사전(dict)이어야 합니다. 받은 형식: {kind}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an optimizer state holds numbers or one value for each of the {size} parameters</source>
        <translation>최적화 상태에는 수, 또는 파라미터 {size}개마다 값이 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>there are no points to train on; add some first</source>
        <translation>학습할 점이 없습니다. 먼저 점을 추가하세요</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a parameter became infinite or NaN.</source>
        <translation>파라미터가 무한대나 NaN이 되었습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the loss ({loss}) became infinite or NaN.</source>
        <translation>손실({loss})이 무한대나 NaN이 되었습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the loss ({loss}) rose to {value:.3g}, far above where it started ({start:.3g}), and is still rising.</source>
        <translation>손실({loss})이 {value:.3g}까지 올라 처음({start:.3g})보다 훨씬 높아졌고, 계속 오르고 있습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a parameter reached {value:.3g}</source>
        <translation>파라미터가 {value:.3g}에 이르렀습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every relu unit of hidden layer {layer} outputs 0 for every training point, so no gradient reaches the layers before it (dead relu)</source>
        <translation>은닉층 {layer}의 모든 relu 유닛이 모든 학습 점에서 0을 출력해서, 그 앞의 층에 기울기가 전달되지 않습니다(죽은 relu)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>hidden layer {layer} is dead before training (epoch {epoch}): every relu unit outputs 0 for every training point (dead relu), so no gradient can move it. A smaller learning rate will not help; try more units, another activation, or another start (another seed with random initial values).</source>
        <translation>은닉층 {layer}은(는) 학습 전(epoch {epoch})부터 죽어 있습니다: 모든 relu 유닛이 모든 학습 점에서 0을 출력하므로(dead relu) 어떤 기울기도 이 층을 움직일 수 없습니다. 학습률을 낮춰도 소용없습니다. 유닛을 늘리거나, 다른 활성화 함수를 쓰거나, 다른 시작(무작위 초기값에 다른 시드)을 시도하세요.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>hidden layer {layer} is nearly dead at the start: {alive} of its {units} relu units output more than 0, for {share:.0f}% of the unit and training point pairs, and a trial from the start finds it dead at epoch {died}. A smaller learning rate will not help; try more units, another activation, or another start (another seed with random initial values).</source>
        <translation>은닉층 {layer}은(는) 시작부터 거의 죽어 있습니다: relu 유닛 {units}개 중 {alive}개만 0보다 큰 값을 내며, 유닛과 학습 점 쌍의 {share:.0f}%에서만 그렇습니다. 시작부터 시험해 보면 epoch {died}에서 죽습니다. 학습률을 낮춰도 소용없습니다. 유닛을 늘리거나, 다른 활성화 함수를 쓰거나, 다른 시작(무작위 초기값에 다른 시드)을 시도하세요.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>training stopped at epoch {at}: {what}.</source>
        <translation>epoch {at}에서 학습을 멈췄습니다: {what}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{error} Kept epoch {kept}, the last in which that layer was alive; try a smaller learning rate (now {lr:g}), or Reset.</source>
        <translation>{error} 그 층이 마지막으로 살아 있던 epoch {kept}의 상태를 남겼습니다. 학습률을 낮추거나(지금 {lr:g}) 초기화하세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{error} Kept epoch {kept}; try a smaller learning rate (now {lr:g}), or Reset.</source>
        <translation>{error} epoch {kept}의 상태를 남겼습니다. 학습률을 낮추거나(지금 {lr:g}) 초기화하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>training diverged at epoch {epoch} (learning rate {lr:g}): {error} Kept epoch {kept}; try a smaller learning rate.</source>
        <translation>epoch {epoch}에서 학습이 발산했습니다(학습률 {lr:g}): {error} epoch {kept}의 상태를 남겼습니다. 학습률을 낮춰 보세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the training changed since it was explained; nothing was applied</source>
        <translation>설명한 뒤에 학습이 바뀌었습니다. 아무것도 적용하지 않았습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown parameter {param!r}</source>
        <translation>알 수 없는 파라미터 {param!r}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>there are no points; draw some first</source>
        <translation>점이 없습니다. 먼저 점을 그리세요</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the lecture's loss has no regularization; set regularization to none to explain an epoch</source>
        <translation>강의의 손실에는 규제가 없습니다. epoch를 설명하려면 규제를 none으로 하세요</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the step h must be positive, got {h}</source>
        <translation>간격 h는 양수여야 합니다. 받은 값: {h}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>install a Graphviz engine with `pip install pygraphviz` or `apt-get install graphviz`</source>
        <translation>`pip install pygraphviz`나 `apt-get install graphviz`로 Graphviz 엔진을 설치하세요</translation>
    </message>
    <message>
        <location line="+2" />
        <source>snapshot has {params} parameters for {names} names</source>
        <translation>스냅숏에 이름은 {names}개인데 파라미터는 {params}개입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path!r}: the file name must end in .dot, .svg, .png or .pdf</source>
        <translation>{path!r}: 파일 이름은 .dot, .svg, .png 또는 .pdf로 끝나야 합니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown format {fmt!r}; choose one of {formats}</source>
        <translation>알 수 없는 형식 {fmt!r}입니다. 다음 중에서 고르세요: {formats}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Graphviz ({engine}) could not render {fmt}: {detail}</source>
        <translation>Graphviz({engine})가 {fmt}을(를) 그리지 못했습니다: {detail}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot render {fmt}: no Graphviz engine found; {hint} (DOT export works without one)</source>
        <translation>{fmt}을(를) 그릴 수 없습니다: Graphviz 엔진이 없습니다. {hint}(DOT 내보내기는 엔진 없이도 됩니다)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown page {page!r}; choose one of {pages}</source>
        <translation>알 수 없는 페이지 {page!r}입니다. 다음 중에서 고르세요: {pages}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot write the run as a notebook: the notebook has no code for the {label} {name!r}</source>
        <translation>실행을 노트북으로 쓸 수 없습니다: 노트북에 {label} {name!r}의 코드가 없습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>missing {key!r}</source>
        <translation>{key!r} 항목이 없습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} must be a whole number, got {shown}</source>
        <translation>{what}: 정수여야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} is out of range: {value} (allowed {lo} to {hi})</source>
        <translation>{what}: 범위를 벗어났습니다: {value}(허용 범위 {lo}부터 {hi}까지)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} must be a finite number, got {shown}</source>
        <translation>{what}: 유한한 수여야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} is out of range: {shown}; {label} must be {span}</source>
        <translation>{what}: 범위를 벗어났습니다: {shown}. {label}은(는) {span}여야 합니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} must be text, got {shown}</source>
        <translation>{what}: 텍스트여야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} must be a list of numbers, got {shown}</source>
        <translation>{what}: 수의 목록이어야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} has {count} values, expected {n}</source>
        <translation>{what}: 값이 {n}개여야 하는데 {count}개입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot save the session: the state lacks its initial parameters or data</source>
        <translation>세션을 저장할 수 없습니다: 이 상태에는 초기 파라미터나 데이터가 없습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cannot save the session: there are no points; add some first</source>
        <translation>세션을 저장할 수 없습니다: 점이 없습니다. 먼저 점을 추가하세요</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cannot save the session: {error}</source>
        <translation>세션을 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid configuration: {error}</source>
        <translation>설정이 올바르지 않습니다: {error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>optimizer_state must be an object, got {shown}</source>
        <translation>optimizer_state는 객체여야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} must list {fewest} to {most} layer sizes, got {shown}</source>
        <translation>{what}: 층 크기를 {fewest}개부터 {most}개까지 나열해야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} must be a list of feature names, got {shown}</source>
        <translation>{what}: 입력 특성 이름의 목록이어야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} needs equally long point and label lists of 1 to {most}</source>
        <translation>{what}: 점과 레이블 목록의 길이가 같고 1부터 {most}까지여야 합니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what}.X[{i}] must be a pair [x1, x2], got {shown}</source>
        <translation>{what}.X[{i}]: [x1, x2] 쌍이어야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what}.y[{i}] must be a class from 0 to {top} for a classifying output, got {shown} (real labels need the linear output)</source>
        <translation>{what}.y[{i}]: 분류하는 출력에서는 0부터 {top}까지의 클래스여야 합니다. 받은 값: {shown}(실수 레이블은 선형 출력이 필요합니다)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>data.kind must be 'builtin' or 'points', got {shown}</source>
        <translation>data.kind는 'builtin' 또는 'points'여야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown data set {name!r}; this program has {names}</source>
        <translation>알 수 없는 데이터 세트 {name!r}입니다. 이 프로그램에 있는 것: {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot rebuild the data set: {error}</source>
        <translation>데이터 세트를 다시 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the data set {name!r} comes out different here than where it was saved (another numpy version?), so training could not resume exactly</source>
        <translation>데이터 세트 {name!r}이(가) 저장한 곳과 여기에서 다르게 만들어져서(numpy 버전이 다른가요?) 학습을 정확히 이어 갈 수 없습니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not a session file: not UTF-8 text</source>
        <translation>세션 파일이 아닙니다: UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is empty</source>
        <translation>빈 파일입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is truncated (the JSON ends early)</source>
        <translation>파일이 잘렸습니다(JSON이 중간에 끝납니다)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a session file: invalid JSON at line {line}, column {column}</source>
        <translation>세션 파일이 아닙니다: {line}행 {column}열의 JSON이 올바르지 않습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not a session file: JSON nested too deeply</source>
        <translation>세션 파일이 아닙니다: JSON이 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a session file: {detail}</source>
        <translation>세션 파일이 아닙니다: {detail}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not an MLP Playground session (no "format": "mlp-playground-session")</source>
        <translation>MLP Playground 세션이 아닙니다("format": "mlp-playground-session"이 없습니다)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>version must be a whole number, got {shown}</source>
        <translation>version은 정수여야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unsupported session version {version}; this program reads version {supported}</source>
        <translation>지원하지 않는 세션 버전 {version}입니다. 이 프로그램은 버전 {supported}을(를) 읽습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unsupported session version {version} (saved by a newer MLP Playground); this program reads version {supported}</source>
        <translation>지원하지 않는 세션 버전 {version}입니다(더 새로운 MLP Playground가 저장했습니다). 이 프로그램은 버전 {supported}을(를) 읽습니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>parameter names do not match a {shape} network: got {shown}</source>
        <translation>파라미터 이름이 {shape} 신경망과 맞지 않습니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>history.test_loss must be present exactly when there is a test set</source>
        <translation>history.test_loss는 테스트 세트가 있을 때만, 그리고 있을 때는 반드시 있어야 합니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rng_state must be a PCG64 generator state</source>
        <translation>rng_state는 PCG64 생성기 상태여야 합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>origin must be null or an object, got {shown}</source>
        <translation>origin은 null이거나 객체여야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>origin.rng_state must be a PCG64 generator state</source>
        <translation>origin.rng_state는 PCG64 생성기 상태여야 합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the saved state cannot be restored: {error}</source>
        <translation>저장된 상태를 되살릴 수 없습니다: {error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name}: cannot read: {reason}</source>
        <translation>{name}: 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot save the session: it holds {epochs:,} epochs of history, more than the {most:,} a session file may hold; export the loss history as CSV instead, or save before training this long</source>
        <translation>세션을 저장할 수 없습니다: 기록이 {epochs:,} epoch으로, 세션 파일의 한도 {most:,} epoch을 넘습니다. 대신 손실 기록을 CSV로 내보내거나, 이만큼 학습하기 전에 저장하세요</translation>
    </message>
    <message>
        <location line="+1" />
        <source>epoch is {epoch:,}, but a session file holds at most {most:,} epochs of history</source>
        <translation>epoch이 {epoch:,}인데, 세션 파일은 기록을 {most:,} epoch까지만 담습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what}: unknown packing {shown}; this program reads {known!r}</source>
        <translation>{what}: 알 수 없는 압축 방식 {shown}입니다. 이 프로그램은 {known!r}을(를) 읽습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what}: the count of packed values must be a whole number, got {shown}</source>
        <translation>{what}: 압축된 값의 개수는 정수여야 합니다. 받은 값: {shown}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what}: the packed data is damaged or cut short; it does not hold the {n:,} values it should</source>
        <translation>{what}: 압축된 데이터가 손상되었거나 잘렸습니다. 있어야 할 값 {n:,}개가 들어 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>DataSet</name>
    <message>
        <location filename="../../gui/controls/control_panel.py" line="-270" />
        <source>lecture (In[4])</source>
        <translation>강의 데이터 (In[4])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lecture-linear (In[3])</source>
        <translation>강의 데이터 (직선, In[3])</translation>
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
    <message>
        <location line="+0" />
        <source>empty</source>
        <translation>빈 평면</translation>
    </message>
    <message>
        <location line="+1" />
        <source>plane</source>
        <translation>기울어진 평면 (회귀)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>gaussians</source>
        <translation>가우시안 혼합 (회귀)</translation>
    </message>
</context>
<context>
    <name>DerivativePage</name>
    <message>
        <location filename="../../gui/lessons/derivative_page.py" line="+90" />
        <source>Point and step</source>
        <translation>위치와 간격</translation>
    </message>
    <message>
        <location line="+1" />
        <source>point x</source>
        <translation>위치 x</translation>
    </message>
    <message>
        <location line="+1" />
        <source>step h</source>
        <translation>간격 h</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Error against h (log-log)</source>
        <translation>h에 따른 오차 (로그-로그)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>error</source>
        <translation>오차</translation>
    </message>
    <message>
        <location line="-4" />
        <source>f, tangent (dashed), secant x ± h (purple)</source>
        <translation>f, 접선(점선), x ± h 사이의 할선(보라)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>function f(x) = x&lt;sup&gt;3&lt;/sup&gt; − 3x&lt;sup&gt;2&lt;/sup&gt; + x + 1, f({0}) = {1}</source>
        <translation>함수 f(x) = x&lt;sup&gt;3&lt;/sup&gt; − 3x&lt;sup&gt;2&lt;/sup&gt; + x + 1, f({0}) = {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exact slope f'(x) = 3x&lt;sup&gt;2&lt;/sup&gt; − 6x + 1 = {0}</source>
        <translation>정확한 기울기 f'(x) = 3x&lt;sup&gt;2&lt;/sup&gt; − 6x + 1 = {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>central difference (f(x+h) − f(x−h)) / 2h = {0}, error {1} (h&lt;sup&gt;2&lt;/sup&gt; = {2})</source>
        <translation>중앙 차분 (f(x+h) − f(x−h)) / 2h = {0}, 오차 {1} (h&lt;sup&gt;2&lt;/sup&gt; = {2})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>forward difference (f(x+h) − f(x)) / h = {0}, error {1}</source>
        <translation>전방 차분 (f(x+h) − f(x)) / h = {0}, 오차 {1}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Right: the errors at x = {0} for h from 1e-16 to 1 (forward difference orange, central blue; solid black line: the lecture's h, dashed purple line: this h). Going left, the truncation error falls (forward about h, central about h&lt;sup&gt;2&lt;/sup&gt;) until rounding takes over: f(x+h) − f(x) keeps only the few digits that differ, an error near 1e-16 · |f| / h that grows as h shrinks. The forward difference is best near h = {1} (error {2}), the central one near h = {3} with {4}: smaller, and at a larger, safer h. That is why the lecture's gradient is central, with h = 1e-7 (errors here: forward {5}, central {6}).</source>
        <translation>오른쪽: x = {0}에서 h를 1e-16부터 1까지 바꿀 때의 오차입니다 (전방 차분 주황, 중앙 차분 파랑, 검은 실선: 강의의 h, 보라 점선: 지금의 h). 왼쪽으로 갈수록 절단 오차가 줄다가(전방 차분은 h, 중앙 차분은 h&lt;sup&gt;2&lt;/sup&gt;에 비례) 반올림 오차가 커집니다: f(x+h) − f(x)에는 서로 다른 몇 자리만 남아, h가 작을수록 커지는 약 1e-16 · |f| / h의 오차가 생깁니다. 전방 차분은 h = {1} 근처에서 가장 좋고(오차 {2}), 중앙 차분은 h = {3} 근처에서 {4}로, 더 작은 오차를 더 크고 안전한 h에서 얻습니다. 그래서 강의의 기울기는 h = 1e-7의 중앙 차분을 씁니다 (여기서의 오차: 전방 {5}, 중앙 {6}).</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <location filename="../../gui/menus/edit_menu.py" line="+32" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo {0}</source>
        <translation>실행 취소: {0}(&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Redo {0}</source>
        <translation>다시 실행: {0}(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ExplainPages</name>
    <message>
        <location filename="../../gui/panels/explain_pages.py" line="+16" />
        <source>Forward pass</source>
        <translation>순전파</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loss of the sample and mean loss</source>
        <translation>샘플의 손실과 평균 손실</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numerical gradient (the lecture's In[14])</source>
        <translation>수치 미분 기울기 (강의의 In[14])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The same gradient by backprop</source>
        <translation>역전파로 구한 같은 기울기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Update of every parameter</source>
        <translation>모든 파라미터의 업데이트</translation>
    </message>
    <message>
        <location line="+2" />
        <source>numerical</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+101" />
        <source>backprop</source>
        <translation>역전파</translation>
    </message>
    <message>
        <location line="-61" />
        <source>This walk takes all {0} points as one batch, as the lecture does; training with batch size {1} makes several smaller updates in an epoch instead.</source>
        <translation>이 설명은 강의처럼 {0}개 점 전체를 하나의 배치로 씁니다. batch size {1}로 학습하면 한 epoch에 더 작은 업데이트를 여러 번 합니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sample {0} (label t = {1}) goes through the network node by node: each a adds its bias and the weighted inputs, each z applies {2} to its a, and y = sigmoid(ay). Point at a line to find its node on the diagram.</source>
        <translation>샘플 {0}(레이블 t = {1})이 노드를 하나씩 지나며 신경망을 통과합니다 (순전파): 각 a는 편향에 가중치를 곱한 입력을 더하고, 각 z는 a에 활성화 함수 {2}를 적용하며, y = sigmoid(ay)입니다. 줄을 가리키면 다이어그램에서 그 노드가 표시됩니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sample {0} (label t = {1}) goes through the network node by node: each a adds its bias and the weighted inputs, each z applies {2} to its a, and the output layer gives {3}. Point at a line to find its node on the diagram.</source>
        <translation>샘플 {0}(레이블 t = {1})이 노드를 하나씩 지나며 신경망을 통과합니다 (순전파): 각 a는 편향에 가중치를 곱한 입력을 더하고, 각 z는 a에 활성화 함수 {2}를 적용하며, 출력층은 {3}을 냅니다. 줄을 가리키면 다이어그램에서 그 노드가 표시됩니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The loss of this sample alone (squared error, t is its label, y the output):</source>
        <translation>이 샘플 하나의 손실 (제곱 오차, t는 레이블, y는 출력):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The loss of this sample alone (cross-entropy of the softmax: t is its label, y1 the probability of class 1 and y0 = 1 - y1 that of class 0):</source>
        <translation>이 샘플 하나의 손실 (softmax의 교차 엔트로피: t는 레이블, y1은 클래스 1의 확률, y0 = 1 - y1은 클래스 0의 확률):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The loss of this sample alone (binary cross-entropy, t is its label, y the output):</source>
        <translation>이 샘플 하나의 손실 (이진 교차 엔트로피, t는 레이블, y는 출력):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The loss function the lecture minimises is the mean over all {0} training points:</source>
        <translation>강의가 최소화하는 손실함수는 학습 데이터 {0}개 전체의 평균입니다:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The loss training minimises is the mean over all {0} training points:</source>
        <translation>학습이 최소화하는 손실은 학습 데이터 {0}개 전체의 평균입니다:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The lecture's In[14] moves one parameter at a time down and up by h = {0} and computes the whole loss both times; the gradient is the slope between the two.</source>
        <translation>강의의 In[14]는 파라미터를 하나씩 h = {0}만큼 내리고 올려서 두 번 모두 전체 손실을 계산합니다 (수치 미분). 기울기는 두 손실 사이의 기울기입니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>what</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+17" />
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="-16" />
        <source>That is one of the {0} entries of the gradient: the lecture's loop repeats it for every parameter, two loss computations each. Choose another parameter above.</source>
        <translation>이것은 기울기 {0}개 항목 중 하나입니다: 강의의 반복문은 이를 모든 파라미터마다 되풀이하며, 그때마다 손실을 두 번 계산합니다. 위에서 다른 파라미터를 골라 보세요.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backprop finds the same number with the chain rule: from the loss back to {0}, each node's gradient is the next node's gradient times the local derivative between them. For sample {1}:</source>
        <translation>역전파는 연쇄 법칙으로 같은 값을 구합니다: 손실에서 {0}까지 거꾸로 가며, 각 노드의 기울기는 다음 노드의 기울기에 둘 사이의 국소 미분을 곱한 값입니다. 샘플 {1}의 경우:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The mean of this over all {0} training points is the backprop gradient, beside the numerical one:</source>
        <translation>이 값을 학습 데이터 {0}개 전체에 대해 평균한 것이 역전파 기울기입니다. 수치 미분 기울기와 나란히 놓으면:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>numerical (In[14])</source>
        <translation>수치 미분 (In[14])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location line="+1" />
        <source>gradient of {0}</source>
        <translation>{0}의 기울기</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Momentum moves every parameter by its velocity: v ← mu × v + gradient, then p ← p - lr × v, with mu = {0}, learning rate lr = {1} and the {2} gradient the training uses. The velocity remembers the earlier steps: where the gradient keeps its direction, the steps grow.</source>
        <translation>모멘텀은 모든 파라미터를 그 속도만큼 움직입니다: v ← mu × v + gradient, 그다음 p ← p - lr × v. mu = {0}, 학습률 lr = {1}, 학습이 쓰는 {2} 기울기로 계산합니다. 속도는 지난 걸음들을 기억합니다: 기울기가 같은 방향을 계속 가리키면 걸음이 커집니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Adam keeps for every parameter a moving average m of its gradient and v of the gradient's square, corrects both for starting at 0 (m_hat, v_hat) and moves p ← p - lr × m_hat / (√v_hat + eps), with beta1 = {0}, beta2 = {1}, eps = {2}, learning rate lr = {3} and the {4} gradient the training uses. Each step is about lr, however large the gradient.</source>
        <translation>Adam은 파라미터마다 기울기의 이동 평균 m과 기울기 제곱의 이동 평균 v를 기억하고, 둘 다 0에서 시작한 치우침을 보정한 뒤(m_hat, v_hat) p ← p - lr × m_hat / (√v_hat + eps)로 움직입니다. beta1 = {0}, beta2 = {1}, eps = {2}, 학습률 lr = {3}, 학습이 쓰는 {4} 기울기로 계산합니다. 기울기가 아무리 커도 한 걸음은 lr 정도입니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Gradient descent moves every parameter against its gradient, p ← p - lr × gradient, with learning rate lr = {0} and the {1} gradient the training uses.</source>
        <translation>경사 하강법은 모든 파라미터를 기울기의 반대 방향으로 옮깁니다: p ← p - lr × 기울기. 학습률 lr = {0}, 기울기는 학습에 쓰는 {1} 기울기입니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The update of {0}, number by number (choose another parameter above):</source>
        <translation>{0}의 업데이트, 숫자 하나하나 (위에서 다른 파라미터를 고를 수 있습니다):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>parameter</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location line="+0" />
        <source>before</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+0" />
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location line="+0" />
        <source>after</source>
        <translation>이후</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean loss before the update: {0}, after it: {1}.</source>
        <translation>업데이트 전 평균 손실: {0}, 업데이트 후: {1}.</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../gui/panels/explain_view.py" line="+105" />
        <source>Cannot explain this state: {0}</source>
        <translation>이 상태는 설명할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Applied: epoch {0} → {1}, mean loss {2} → {3}. This is now epoch {1}.</source>
        <translation>적용했습니다: epoch {0} → {1}, 평균 손실 {2} → {3}. 이제 epoch {1}을 설명합니다.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Epoch {0}, sample {1}</source>
        <translation>epoch {0}, 샘플 {1}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>With mini-batches an epoch makes several updates: set the batch size to 0 (all points) to apply this one.</source>
        <translation>미니배치에서는 한 epoch에 업데이트가 여러 번 일어납니다: 이 업데이트를 적용하려면 batch size를 0(전체 점)으로 두세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The epoch limit is reached: raise it to apply the update.</source>
        <translation>epoch 한도에 도달했습니다: 업데이트를 적용하려면 한도를 올리세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Train exactly this update: the window goes one epoch further.</source>
        <translation>바로 이 업데이트로 학습합니다: 창이 한 epoch 앞으로 갑니다.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Applying the update...</source>
        <translation>업데이트를 적용하는 중...</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Explain one epoch</source>
        <translation>한 epoch 설명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parameter of stages 3 to 5:</source>
        <translation>3~5단계의 파라미터:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply the update</source>
        <translation>업데이트 적용</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../gui/menus/file_menu.py" line="+79" />
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
        <location line="+1" />
        <source>Export as &amp;notebook (Jupyter)...</source>
        <translation>노트북으로 내보내기 (Jupyter)(&amp;N)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;animation (GIF, MP4)...</source>
        <translation>애니메이션 내보내기(&amp;A) (GIF, MP4)...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only DOT can be written here: {0}</source>
        <translation>여기서는 DOT 파일만 쓸 수 있습니다: {0}</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+78" />
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="-78" />
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
        <location line="+7" />
        <location line="+16" />
        <source>Cannot export the diagram</source>
        <translation>다이어그램을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Export diagram</source>
        <translation>다이어그램 내보내기</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Diagram of epoch {0}, sample {1} written to {2} ({3})</source>
        <translation>epoch {0}, 샘플 {1}의 다이어그램을 {2}에 저장했습니다 ({3})</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+129" />
        <source>cannot write {0}: {1}</source>
        <translation>{0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <location line="-121" />
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
        <location line="+5" />
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
        <location line="+106" />
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location line="-101" />
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
        <source>Export as notebook</source>
        <translation>노트북으로 내보내기</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Training a copy of the run to epoch {0}...</source>
        <translation>epoch {0}까지 실행의 사본을 학습하는 중...</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Jupyter 노트북 (*.ipynb)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Notebook to epoch {0}, where the program stops the run, written to {1}: {2}</source>
        <translation>프로그램이 실행을 멈추는 epoch {0}까지의 노트북을 {1}에 저장했습니다: {2}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notebook from epoch {0}'s state (the run changed course there) to epoch {1} written to {2}</source>
        <translation>epoch {0}의 상태(실행이 그곳에서 경로를 바꿈)부터 epoch {1}까지의 노트북을 {2}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notebook of {0} epochs written to {1}</source>
        <translation>{0} epoch의 노트북을 {1}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location line="+7" />
        <source>GIF animation (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF 애니메이션 (*.gif);;MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Drawing the frames...</source>
        <translation>프레임을 그리는 중...</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Frame {0} of {1} (epoch {2})</source>
        <translation>프레임 {0}/{1} (epoch {2})</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Animation of epochs {0} to {1} ({2} frames) written to {3}</source>
        <translation>epoch {0}부터 {1}까지의 애니메이션({2}프레임)을 {3}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot import the data</source>
        <translation>데이터를 가져올 수 없습니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Imported {0} points from {1}</source>
        <translation>{1}에서 점 {0}개를 가져왔습니다</translation>
    </message>
</context>
<context>
    <name>Gradient</name>
    <message>
        <location filename="../../gui/controls/control_panel.py" line="+8" />
        <source>numerical</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <location line="+1" />
        <source>backprop</source>
        <translation>역전파</translation>
    </message>
</context>
<context>
    <name>GradientHint</name>
    <message>
        <location filename="../../gui/controls/training_hints.py" line="+59" />
        <source>Numerical gradient: about {0}x slower than backprop for this network.</source>
        <translation>수치 미분: 이 신경망에서는 역전파보다 약 {0}배 느립니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>use backprop</source>
        <translation>역전파 사용</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <location filename="../../gui/lessons/graph_page.py" line="+14" />
        <source>apple price</source>
        <translation>사과 가격</translation>
    </message>
    <message>
        <location line="+0" />
        <source>apples</source>
        <translation>사과 개수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>orange price</source>
        <translation>귤 가격</translation>
    </message>
    <message>
        <location line="+1" />
        <source>oranges</source>
        <translation>귤 개수</translation>
    </message>
    <message>
        <location line="+0" />
        <source>tax</source>
        <translation>소비세</translation>
    </message>
    <message>
        <location line="+1" />
        <source>apples' cost</source>
        <translation>사과 금액</translation>
    </message>
    <message>
        <location line="+1" />
        <source>oranges' cost</source>
        <translation>귤 금액</translation>
    </message>
    <message>
        <location line="+1" />
        <source>both together</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+0" />
        <source>paid L</source>
        <translation>지불 금액 L</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Shopping (In[20]): price × count × tax</source>
        <translation>장보기 (In[20]): 가격 × 개수 × 소비세</translation>
    </message>
    <message>
        <location line="+3" />
        <source>with oranges (the book's example)</source>
        <translation>귤도 함께 (책의 예)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backward: next step</source>
        <translation>역전파: 다음 단계</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All steps</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward only</source>
        <translation>순전파만</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The rules: an add node passes the gradient from the right on to both inputs unchanged; a multiply node sends each input the gradient times the other input (the inputs swap). Each node only needs its own inputs: a local computation.</source>
        <translation>규칙: 덧셈 노드는 오른쪽에서 온 기울기를 두 입력에 그대로 흘려보내고, 곱셈 노드는 각 입력에 그 기울기와 다른 쪽 입력의 곱을 보냅니다(입력을 서로 바꿔 곱함). 각 노드는 자기 입력만 알면 됩니다: 국소적 계산.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Chain rule</source>
        <translation>연쇄법칙</translation>
    </message>
    <message>
        <location line="+12" />
        <source>amount paid L = {0}</source>
        <translation>지불 금액 L = {0}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Apple price + 1 = {0}: L = {1}, a change of {2} = dL/d(apple price) (In[21]). The derivative says how much L moves per unit of price.</source>
        <translation>사과 가격 + 1 = {0}: L = {1}, 변화량 {2} = dL/d(사과 가격) (In[21]). 미분은 가격이 1 오를 때 L이 얼마나 움직이는지를 말해 줍니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Forward: the values flow left to right (black). Press 'Backward: next step' to send the gradients back (red).</source>
        <translation>순전파: 값이 왼쪽에서 오른쪽으로 흐릅니다(검은색). '역전파: 다음 단계'를 누르면 기울기가 거꾸로 전해집니다(빨간색).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Step 1 of {0}: start at the end with dL/dL = 1.</source>
        <translation>단계 1/{0}: 끝에서 dL/dL = 1로 시작합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Step {0} of {1}: the + node gets {2} from the right and passes it on unchanged: {3} gets {2}, {4} gets {2}.</source>
        <translation>단계 {0}/{1}: + 노드는 오른쪽에서 {2}를 받아 그대로 흘려보냅니다: {3}에 {2}, {4}에 {2}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Step {0} of {1}: the × node gets {2} from the right; each input gets it times the other input: {3} gets {2} × {4} = {5}, {6} gets {2} × {7} = {8}.</source>
        <translation>단계 {0}/{1}: × 노드는 오른쪽에서 {2}를 받아 각 입력에 다른 쪽 입력을 곱해 보냅니다: {3}에 {2} × {4} = {5}, {6}에 {2} × {7} = {8}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>z = t&lt;sup&gt;2&lt;/sup&gt;, t = x + y&lt;br&gt;t = {0}, z = {1}&lt;br&gt;dz/dt = 2t = {2}, dt/dx = 1&lt;br&gt;dz/dx = dz/dt · dt/dx = 2(x + y) = {3}&lt;br&gt;numerical check (h = 1e-7): {4}</source>
        <translation>z = t&lt;sup&gt;2&lt;/sup&gt;, t = x + y&lt;br&gt;t = {0}, z = {1}&lt;br&gt;dz/dt = 2t = {2}, dt/dx = 1&lt;br&gt;dz/dx = dz/dt · dt/dx = 2(x + y) = {3}&lt;br&gt;수치 미분으로 확인 (h = 1e-7): {4}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../gui/lessons/guide_panel.py" line="+23" />
        <source>One perceptron: x1 = 3, x2 = 8</source>
        <translation>퍼셉트론 하나: x1 = 3, x2 = 8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perceptrons in layers: XOR</source>
        <translation>층으로 쌓은 퍼셉트론: XOR</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activation functions</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The output layer: sigmoid and softmax</source>
        <translation>출력층: sigmoid와 softmax</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The loss: cross-entropy</source>
        <translation>손실함수: 교차 엔트로피</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mini-batches and epochs</source>
        <translation>미니배치와 epoch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The lecture's data</source>
        <translation>강의의 데이터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The forward pass and its loss</source>
        <translation>순전파와 그 손실</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The network for the first sample</source>
        <translation>첫번째 데이터의 신경망</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The decision boundary before training</source>
        <translation>학습 전의 결정경계</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The slope of a curve</source>
        <translation>곡선의 기울기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The numerical gradient</source>
        <translation>수치 미분 기울기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training: 1000 epochs</source>
        <translation>학습: 1000 epoch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The parameters after training</source>
        <translation>학습 후의 파라미터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A learning rate of 10</source>
        <translation>학습률 10</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training with step</source>
        <translation>step으로 학습</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backpropagation on a computational graph</source>
        <translation>계산 그래프의 역전파</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The chain rule</source>
        <translation>연쇄법칙</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apples: the forward pass</source>
        <translation>사과: 순전파</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An apple 1 won dearer</source>
        <translation>사과가 1원 오르면</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The perceptron page starts at In[1]'s numbers: the weighted sum -0.6 is above theta = -1, so y = 1.</source>
        <translation>퍼셉트론 페이지는 In[1]의 값에서 시작합니다: 가중합 -0.6이 theta = -1보다 크므로 y = 1입니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NAND and OR feed AND: 9 parameters (w1..w6, theta1..theta3) compute XOR, which no single perceptron can.</source>
        <translation>NAND와 OR가 AND로 이어집니다: 모수 9개(w1..w6, theta1..theta3)가 퍼셉트론 하나로는 안 되는 XOR를 계산합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step, maxout(x, 2, -1, -1, 1), tanh and relu over In[2]'s range, with their derivatives: step's is 0 everywhere it is defined.</source>
        <translation>In[2]의 범위에서 step, maxout(x, 2, -1, -1, 1), tanh, relu와 그 도함수: step의 도함수는 정의된 모든 곳에서 0입니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With two classes softmax's y1 is sigmoid(ay1 - ay0): the lecture's single sigmoid output is the case ay0 = 0.</source>
        <translation>클래스가 2개이면 softmax의 y1은 sigmoid(ay1 - ay0)입니다: 강의의 sigmoid 출력 하나는 ay0 = 0인 경우입니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The backward view shows the first sample's loss and how it flows back; the loss plot is the mean over all points.</source>
        <translation>역전파 보기는 첫번째 데이터의 손실과 그것이 거꾸로 흐르는 모습을 보여 줍니다. 손실 그래프는 모든 점의 평균입니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Batch size 10: ten updates per epoch, each from 10 points drawn at random; 100 epochs use every point 100 times.</source>
        <translation>batch size 10: epoch마다 10번 갱신하며, 매번 무작위로 뽑은 10개 점을 씁니다. 100 epoch는 모든 점을 100번 사용합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The data set "lecture" is In[4]'s: seed 317, 100 points, y = 1 above the parabola x2 + 1 &gt; x1^2.</source>
        <translation>데이터 세트 "lecture"는 In[4]의 데이터입니다: seed 317, 점 100개, 포물선 x2 + 1 &gt; x1^2 위쪽이 y = 1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The start "lecture-forward" is In[8]'s parameters. The program's loss differs in the 16th digit (one unit in the last place, 1.1e-16): it sums the mean in another order.</source>
        <translation>초기값 "lecture-forward"는 In[8]의 파라미터입니다. 프로그램의 손실은 16번째 자리에서 다릅니다(마지막 자리 한 단위, 1.1e-16): 평균을 다른 순서로 더하기 때문입니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The network panel shows In[9]'s graph for the first sample (the red point): x1, x2, a, z, ay, y and the loss.</source>
        <translation>신경망 패널은 첫번째 데이터(빨간 점)에 대한 In[9]의 그래프를 보여 줍니다: x1, x2, a, z, ay, y와 손실.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The boundary of In[8]'s parameters, with the first sample marked.</source>
        <translation>In[8] 파라미터의 결정경계와 표시된 첫번째 데이터.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cubic of In[12] with its tangent at x = 3 and the secant of step h.</source>
        <translation>In[12]의 3차 함수와 x = 3에서의 접선, 간격 h의 할선.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The table and the backward view show the gradient. b11 and b21 differ after the 9th digit: (loss2 - loss1) / 2h divides a last-place difference of the loss (1.1e-16) by 2e-7, so the gradient may move by 5.6e-10 (b21: three times that).</source>
        <translation>표와 역전파 보기가 기울기를 보여 줍니다. b11과 b21은 9번째 자리 뒤에서 다릅니다: (loss2 - loss1) / 2h는 손실의 마지막 자리 차이(1.1e-16)를 2e-7로 나누므로 기울기가 5.6e-10만큼 달라질 수 있습니다(b21은 그 3배).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In[15]'s start, learning rate 0.1, 1000 epochs of the numerical gradient.</source>
        <translation>In[15]의 초기값, 학습률 0.1, 수치 미분으로 1000 epoch.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>They differ after the 8th digit: In[14]'s small differences, carried through 1000 updates.</source>
        <translation>8번째 자리 뒤에서 다릅니다: In[14]의 작은 차이가 1000번의 갱신을 거쳐 쌓인 것입니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The same start with learning rate 10 instead of 0.1, for 100 epochs.</source>
        <translation>같은 초기값에서 학습률 0.1 대신 10으로 100 epoch.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The same start and run with step in the hidden layer.</source>
        <translation>같은 초기값과 학습을 은닉층에 step으로.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press 'Backward: next step' to follow the derivatives from the right: multiply swaps its inputs, add passes the gradient on.</source>
        <translation>'역전파: 다음 단계'를 눌러 오른쪽부터 미분을 따라가 보세요: 곱셈은 입력을 서로 바꾸어 곱하고, 덧셈은 기울기를 그대로 전달합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Under the graph: z = t^2 with t = x + y; dz/dx = 2t x 1 = 2(x + y).</source>
        <translation>그래프 아래: z = t^2, t = x + y; dz/dx = 2t x 1 = 2(x + y).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>100 x 2 = 200 apples, x 1.1 = 220 to pay.</source>
        <translation>사과 100 x 2 = 200, x 1.1 = 지불 금액 220.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One won more per apple: 2.2 won more to pay, the derivative dL/dprice the backward pass finds.</source>
        <translation>사과 한 개에 1원 더: 지불 금액이 2.2원 더, 역전파가 구하는 미분 dL/d가격입니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>With learning rate 10, will the loss fall every epoch?</source>
        <translation>학습률 10이면 손실이 epoch마다 줄어들까요?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With step, will the hidden weights move?</source>
        <translation>step이면 은닉층의 가중치가 움직일까요?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+229" />
        <source>Step {0} of {1} · {2}</source>
        <translation>{1}단계 중 {0}단계 · {2}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(draws a figure; prints nothing)</source>
        <translation>(그림을 그리며, 출력은 없음)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>waiting</source>
        <translation>기다리는 중</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+13" />
        <source>✓ agrees</source>
        <translation>✓ 일치</translation>
    </message>
    <message>
        <location line="-11" />
        <source>≈ differs by {0:.1e}</source>
        <translation>≈ {0:.1e} 차이</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Choose an answer: then the run is made.</source>
        <translation>답을 고르세요: 그러면 학습을 실행합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Training...</source>
        <translation>학습 중...</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Right.</source>
        <translation>맞았습니다.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not quite.</source>
        <translation>아쉽습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>They moved.</source>
        <translation>움직였습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No: b11..b13 and w11..w23 stay at their start. The step's derivative is 0, so every gradient through the hidden layer is 0; only b21 and w31..w33 learn (b21 = {0:.3f}).</source>
        <translation>아니요: b11..b13과 w11..w23은 초기값 그대로입니다. step의 도함수가 0이므로 은닉층을 지나는 기울기는 모두 0이고, b21과 w31..w33만 학습합니다(b21 = {0:.3f}).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Yes: it fell every epoch.</source>
        <translation>예: epoch마다 줄었습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No: it rose in {0} of {1} epochs (most after epoch {2}: {3:.3f} to {4:.3f}). Ten times the gradient overshoots the valley; with 0.1 it falls every epoch.</source>
        <translation>아니요: {1} epoch 중 {0}번 올랐습니다(가장 크게는 epoch {2} 뒤: {3:.3f}에서 {4:.3f}로). 기울기의 10배는 골짜기를 지나쳐 버립니다. 0.1이면 epoch마다 줄어듭니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Guide</source>
        <translation>가이드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back (Alt+Left)</source>
        <translation>이전 (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next (Alt+Right)</source>
        <translation>다음 (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The lecture's code</source>
        <translation>강의의 코드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The lecture's output</source>
        <translation>강의의 출력</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The lecture beside the program</source>
        <translation>강의와 프로그램 비교</translation>
    </message>
    <message>
        <location line="+1" />
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+0" />
        <source>lecture</source>
        <translation>강의</translation>
    </message>
    <message>
        <location line="+0" />
        <source>program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mark</source>
        <translation>표시</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../gui/menus/help_menu.py" line="+44" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About MLP Playground</source>
        <translation>MLP Playground 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>train / pause</source>
        <translation>학습 / 일시정지</translation>
    </message>
    <message>
        <location line="+0" />
        <source>one epoch</source>
        <translation>한 epoch 학습</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reset to the initial parameters</source>
        <translation>초기 파라미터로 되돌리기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>backward view</source>
        <translation>역전파 보기</translation>
    </message>
    <message>
        <location line="+0" />
        <source>explain one epoch</source>
        <translation>한 epoch 설명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>draw points on the decision boundary</source>
        <translation>결정경계 위에 점 그리기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>undo / redo the last change</source>
        <translation>마지막 변경 실행 취소 / 다시 실행</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the lecture's pages</source>
        <translation>강의 페이지</translation>
    </message>
    <message>
        <location line="+1" />
        <source>export the diagram</source>
        <translation>다이어그램 내보내기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>save / open a session</source>
        <translation>세션 저장 / 열기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>import data from a CSV file</source>
        <translation>CSV 파일에서 데이터 가져오기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the status bar's last message in full</source>
        <translation>상태 표시줄의 마지막 메시지 전체 보기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;MLP Playground {0}&lt;/b&gt;&lt;p&gt;Watch a small neural network learn: a lecture on perceptrons, multi-layer perceptrons and backpropagation, made live.&lt;/p&gt;&lt;p&gt;MIT licence. The Korean font NanumGothic is under the SIL Open Font License 1.1; Qt for Python (PySide6) under the LGPL v3; pyqtgraph under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MLP Playground {0}&lt;/b&gt;&lt;p&gt;작은 신경망이 학습하는 모습을 봅니다: 퍼셉트론, 다층 퍼셉트론, 역전파 강의를 살아 움직이게 만들었습니다.&lt;/p&gt;&lt;p&gt;MIT 라이선스. 한글 글꼴 나눔고딕은 SIL Open Font License 1.1, Qt for Python(PySide6)은 LGPL v3, pyqtgraph는 MIT 라이선스를 따릅니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+4" />
        <source>About MLP Playground</source>
        <translation>MLP Playground 정보</translation>
    </message>
</context>
<context>
    <name>InitialParameters</name>
    <message>
        <location filename="../../gui/controls/control_panel.py" line="-5" />
        <source>lecture (In[15])</source>
        <translation>강의 In[15] 값</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lecture-forward (In[8])</source>
        <translation>강의 In[8] 값</translation>
    </message>
    <message>
        <location line="+1" />
        <source>random</source>
        <translation>무작위</translation>
    </message>
</context>
<context>
    <name>InputControls</name>
    <message>
        <location filename="../../gui/controls/input_controls.py" line="+83" />
        <source>Inputs and regularization</source>
        <translation>입력 특성과 규제</translation>
    </message>
    <message>
        <location line="+2" />
        <source>features</source>
        <translation>특성</translation>
    </message>
    <message>
        <location line="+0" />
        <source>what the input layer gets from each point (x1, x2): the lecture uses x1 and x2; the others help the network draw curved boundaries</source>
        <translation>입력층이 각 점 (x1, x2)에서 받는 값: 강의는 x1과 x2를 씁니다. 나머지 특성은 곡선 결정경계를 그리는 데 도움이 됩니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>regularization</source>
        <translation>규제</translation>
    </message>
    <message>
        <location line="+0" />
        <source>a penalty on the weights added to the loss: L1 rate * sum |w|, L2 rate * sum w^2 / 2; the loss shown includes it</source>
        <translation>손실에 더하는 가중치 벌점: L1 rate * sum |w|, L2 rate * sum w^2 / 2. 표시되는 손실에 포함됩니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>regularization rate</source>
        <translation>규제 강도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>how much the penalty weighs against the data's loss</source>
        <translation>데이터 손실에 비해 벌점을 얼마나 크게 둘지</translation>
    </message>
    <message>
        <location line="+7" />
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>LandscapeActions</name>
    <message>
        <location filename="../../gui/menus/landscape_actions.py" line="+58" />
        <source>Loss &amp;landscape</source>
        <translation>손실 지형(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The training loss over two parameters around their current values, with the path they took and the negative gradient</source>
        <translation>현재 값 주변에서 두 파라미터에 대한 학습 손실, 그 파라미터들이 지나온 경로와 음의 기울기</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../gui/panels/landscape_view.py" line="+152" />
        <source>Cannot draw the loss landscape of this state: {0}</source>
        <translation>이 상태의 손실 지형을 그릴 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Choose two different parameters.</source>
        <translation>서로 다른 두 파라미터를 고르세요.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Loss from {0} (dark) to {1} (light), {2} x {2} points; red: the path from the initial parameters; arrow: the negative gradient</source>
        <translation>손실 {0}(어두움)부터 {1}(밝음)까지, {2} x {2} 점; 빨강: 초기 파라미터부터의 경로; 화살표: 음의 기울기</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Loss landscape</source>
        <translation>손실 지형</translation>
    </message>
    <message>
        <location line="+1" />
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>y:</source>
        <translation>y:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Span ±</source>
        <translation>범위 ±</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The parameter along the horizontal axis</source>
        <translation>가로축의 파라미터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The parameter along the vertical axis</source>
        <translation>세로축의 파라미터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How far the grid reaches on each side of the current values</source>
        <translation>격자가 현재 값의 양쪽으로 뻗는 거리</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points along each side of the grid</source>
        <translation>격자 한 변의 점 개수</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../gui/panels/loss_plot.py" line="+94" />
        <source>Loss (binary cross-entropy)</source>
        <translation>손실 (이진 교차 엔트로피)</translation>
    </message>
    <message>
        <location line="-21" />
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
        <location line="+76" />
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Loss (squared error, mean (y-t)²/2)</source>
        <translation>손실 (제곱 오차, 평균 (y-t)²/2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loss (squared error + {0} penalty; test: without)</source>
        <translation>손실 (제곱 오차 + {0} 규제 벌점, 테스트: 벌점 제외)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Loss ({0}-class softmax cross-entropy, -log y_t)</source>
        <translation>손실 (클래스 {0}개 softmax 교차 엔트로피, -log y_t)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loss ({0}-class softmax cross-entropy + {1} penalty; test: without)</source>
        <translation>손실 (클래스 {0}개 softmax 교차 엔트로피 + {1} 규제 벌점, 테스트: 벌점 제외)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Loss (softmax cross-entropy, -log y_t)</source>
        <translation>손실 (softmax 교차 엔트로피, -log y_t)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loss (softmax cross-entropy + {0} penalty; test: without)</source>
        <translation>손실 (softmax 교차 엔트로피 + {0} 규제 벌점, 테스트: 벌점 제외)</translation>
    </message>
    <message>
        <location line="-21" />
        <location line="+27" />
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Loss + {0} penalty</source>
        <translation>손실 + {0} 규제</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Loss (binary cross-entropy + {0} penalty; test: without)</source>
        <translation>손실 (이진 교차 엔트로피 + {0} 규제 벌점, 테스트: 벌점 제외)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window.py" line="+372" />
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location line="+17" />
        <source>A panel could not draw this state: {0}</source>
        <translation>이 상태를 그리지 못한 패널이 있습니다: {0}</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Controls</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>MlpPage</name>
    <message>
        <location filename="../../gui/lessons/mlp_page.py" line="+101" />
        <source>layer 1, hidden neuron s1 (NAND)</source>
        <translation>1층, 은닉층 뉴런 s1 (NAND)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>layer 1, hidden neuron s2 (OR)</source>
        <translation>1층, 은닉층 뉴런 s2 (OR)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>layer 2, output y (AND)</source>
        <translation>2층, 출력층 y (AND)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lecture values: NAND, OR, AND</source>
        <translation>강의의 값: NAND, OR, AND</translation>
    </message>
    <message>
        <location line="+1" />
        <source>input (x1, x2)</source>
        <translation>입력 (x1, x2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dashed: the lines of s1 (NAND, blue) and s2 (OR, green); blue area: y = 1</source>
        <translation>점선: s1(NAND, 파란색)과 s2(OR, 초록색)의 직선, 파란 영역: y = 1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>layer 0 (input layer): x1 = {0}, x2 = {1}</source>
        <translation>0층 (입력층): x1 = {0}, x2 = {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>layer 1 (hidden layer):</source>
        <translation>1층 (은닉층):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>layer 2 (output layer):</source>
        <translation>2층 (출력층):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>y = AND(NAND(x1, x2), OR(x1, x2)): the network computes XOR on all four inputs, which one perceptron cannot.</source>
        <translation>y = AND(NAND(x1, x2), OR(x1, x2)): 이 다층 퍼셉트론은 네 입력 모두에서 XOR을 계산합니다. 퍼셉트론 하나로는 할 수 없는 일입니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The network gets {0} of 4 XOR rows right.</source>
        <translation>이 다층 퍼셉트론은 XOR의 4행 중 {0}행을 맞힙니다.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../gui/panels/network_view.py" line="+275" />
        <source>Network diagram</source>
        <translation>신경망 다이어그램</translation>
    </message>
    <message>
        <location line="+106" />
        <source>piece {0}</source>
        <translation>조각 {0}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{0} = max of its two pieces, each with its own bias and weights:</source>
        <translation>{0} = 두 조각 중 큰 값 (조각마다 자신의 편향과 가중치):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>piece {0}: {1} = {2}</source>
        <translation>조각 {0}: {1} = {2}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(wins: the gradient flows back through it)</source>
        <translation>(이김: 기울기는 이 조각으로만 거꾸로 흐릅니다)</translation>
    </message>
    <message>
        <location line="+14" />
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
        <location line="+2" />
        <source>dead: this relu unit outputs 0 for every training point, so it no longer learns</source>
        <translation>죽은 뉴런: 이 relu 뉴런은 모든 학습 점에서 0을 출력하므로 더 이상 학습하지 않습니다</translation>
    </message>
    <message>
        <location line="+9" />
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+2" />
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
    <name>NeuronMaps</name>
    <message>
        <location filename="../../gui/panels/neuron_maps.py" line="+39" />
        <source>per-neuron maps</source>
        <translation>뉴런별 출력 지도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>each input's and each hidden neuron's output over the plane (blue: positive, orange: negative), as the network computes it now; the input nodes show their feature's map too</source>
        <translation>평면 위에서 각 입력 특성과 각 은닉층 뉴런의 출력 (파랑: 양수, 주황: 음수), 지금 신경망이 계산하는 그대로. 입력 노드에도 그 특성의 지도가 그려집니다</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <location filename="../../gui/controls/number_box.py" line="+31" />
        <source>{0}: {1} is not a number; kept {2}.</source>
        <translation>{0}: {1}은(는) 수가 아닙니다. {2} 유지.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}: {1} is not a number (use a point: 0.5); kept {2}.</source>
        <translation>{0}: {1}은(는) 수가 아닙니다(소수점은 점으로: 0.5). {2} 유지.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}: {1} is not a whole number; kept {2}.</source>
        <translation>{0}: {1}은(는) 정수가 아닙니다. {2} 유지.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}: {1} is outside {2}; kept {3}.</source>
        <translation>{0}: {1}은(는) 범위 {2} 밖입니다. {3} 유지.</translation>
    </message>
</context>
<context>
    <name>OptimizerChoice</name>
    <message>
        <location filename="../../gui/controls/optimizer_choice.py" line="+49" />
        <source>SGD (the lecture's)</source>
        <translation>SGD (강의)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+4" />
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the update rule: SGD is the lecture's p &lt;- p - lr * gradient; momentum keeps a velocity v &lt;- mu * v + gradient and steps p &lt;- p - lr * v; Adam scales each parameter's step by moving averages of its gradient and of its square</source>
        <translation>업데이트 규칙: SGD는 강의의 p &lt;- p - lr * gradient입니다. 모멘텀은 속도 v &lt;- mu * v + gradient를 기억하며 p &lt;- p - lr * v로 움직이고, Adam은 파라미터마다 기울기와 그 제곱의 이동 평균으로 걸음의 크기를 정합니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>momentum mu</source>
        <translation>모멘텀 mu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>how much of the last velocity each step keeps (momentum only; 0 is SGD)</source>
        <translation>걸음마다 이전 속도를 얼마나 남기는지 (모멘텀에서만, 0이면 SGD)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adam beta1</source>
        <translation>Adam beta1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>decay of the moving average m of the gradient (Adam only)</source>
        <translation>기울기의 이동 평균 m의 감쇠율 (Adam에서만)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>decay of the moving average v of the squared gradient (Adam only)</source>
        <translation>기울기 제곱의 이동 평균 v의 감쇠율 (Adam에서만)</translation>
    </message>
</context>
<context>
    <name>OsErrors</name>
    <message>
        <location filename="../../gui/core_messages.py" line="+5" />
        <source>Permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operation not permitted</source>
        <translation>허용되지 않는 작업입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No such file or directory</source>
        <translation>그런 파일이나 디렉터리가 없습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read-only file system</source>
        <translation>읽기 전용 파일 시스템입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No space left on device</source>
        <translation>장치에 남은 공간이 없습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disk quota exceeded</source>
        <translation>디스크 할당량을 넘었습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Is a directory</source>
        <translation>디렉터리입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not a directory</source>
        <translation>디렉터리가 아닙니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File exists</source>
        <translation>파일이 이미 있습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory not empty</source>
        <translation>디렉터리가 비어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File name too long</source>
        <translation>파일 이름이 너무 깁니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Too many levels of symbolic links</source>
        <translation>심볼릭 링크가 너무 여러 번 이어집니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File too large</source>
        <translation>파일이 너무 큽니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Too many open files</source>
        <translation>열린 파일이 너무 많습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device or resource busy</source>
        <translation>장치나 자원이 사용 중입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text file busy</source>
        <translation>실행 파일이 사용 중입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Input/output error</source>
        <translation>입출력 오류입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invalid argument</source>
        <translation>잘못된 인수입니다</translation>
    </message>
</context>
<context>
    <name>OutputLink</name>
    <message>
        <location filename="../../gui/controls/output_choice.py" line="+55" />
        <source>output layer</source>
        <translation>출력층</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the output layer and its loss: sigmoid with cross-entropy (the lecture's), softmax with two units y0 and y1, or linear for regression (the predicted value, squared error)</source>
        <translation>출력층과 손실함수: 교차 엔트로피를 쓰는 sigmoid (강의), 두 출력 y0, y1의 softmax, 또는 회귀분석용 항등 출력 (예측값, 제곱 오차)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>linear (regression)</source>
        <translation>항등 함수 (회귀)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../gui/menus/pages.py" line="+31" />
        <source>Perceptron</source>
        <translation>퍼셉트론</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multi-layer perceptron</source>
        <translation>다층 퍼셉트론</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activation functions</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numerical derivative</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computational graph</source>
        <translation>계산 그래프</translation>
    </message>
    <message>
        <location line="+180" />
        <source>Lecture pages</source>
        <translation>강의 페이지</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lecture</source>
        <translation>강의(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare step and relu</source>
        <translation>step과 relu 비교</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The lecture's In[19] beside In[15]: the same start trained with step and with relu</source>
        <translation>강의의 In[19]와 In[15]를 나란히: 같은 시작점에서 step과 relu로 학습</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lecture &amp;defaults</source>
        <translation>강의 기본값(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The lecture's data and 2-3-1 relu network on x1, x2 from In[15], lr 0.1, all points, 1000 epochs, numerical gradient (Undo brings back the run before)</source>
        <translation>강의의 데이터와 x1, x2 입력의 2-3-1 relu 신경망(In[15]의 초깃값), lr 0.1, 모든 점, 1000 epoch, 수치 미분 (실행 취소로 이전 학습을 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Guide</source>
        <translation>가이드(&amp;G)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk the lecture cell by cell: each step opens its page, puts the program in its state and shows the lecture's numbers beside the program's</source>
        <translation>강의를 셀 단위로 따라갑니다: 단계마다 해당 페이지를 열고 프로그램을 그 상태로 만든 뒤 강의의 값과 프로그램의 값을 나란히 보여 줍니다</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Cannot compare step and relu</source>
        <translation>step과 relu를 비교할 수 없습니다</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export diagram</source>
        <translation>다이어그램 내보내기</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this page has no diagram</source>
        <translation>이 페이지에는 다이어그램이 없습니다</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cannot export the diagram</source>
        <translation>다이어그램을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Diagram of the {0} page written to {1} ({2})</source>
        <translation>{0} 페이지의 다이어그램을 {1}에 저장했습니다 ({2})</translation>
    </message>
</context>
<context>
    <name>ParamModel</name>
    <message>
        <location filename="../../gui/panels/param_table.py" line="+14" />
        <location line="+4" />
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+4" />
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="-3" />
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
    <message>
        <location line="+3" />
        <source>numerical</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <location line="+0" />
        <source>backprop</source>
        <translation>역전파</translation>
    </message>
    <message>
        <location line="+1" />
        <source>diff.</source>
        <translation>차이</translation>
    </message>
    <message>
        <location line="+93" />
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <location line="+0" />
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}: the {1} of piece {2} of maxout unit {3} in hidden layer {4}; the unit outputs the larger of its two pieces, z = max(piece 1, piece 2)</source>
        <translation>{0}: 은닉층 {4}의 maxout 유닛 {3}, 조각 {2}의 {1}. 유닛은 두 조각 중 큰 값을 출력합니다, z = max(조각 1, 조각 2)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The numerical gradient reads 0 or noise where backprop does not: at h = 1e-7 the change L(p+h) - L(p-h) is smaller than the rounding of a loss this large ({0}), as when the output's sigmoid is saturated. Backprop multiplies the exact slopes and still sees the gradient.</source>
        <translation>역전파와 달리 수치 미분 기울기가 0이거나 잡음입니다: h = 1e-7에서 L(p+h) - L(p-h)의 변화가 이렇게 큰 손실({0})의 반올림 오차보다 작습니다. 출력층의 sigmoid가 포화되었을 때 그렇습니다. 역전파는 정확한 기울기를 곱하므로 여전히 기울기를 구합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Numerical and backprop disagree: the central difference (L(p+h) - L(p-h)) / 2h has rounding error when the loss is large or flat, and is wrong where a relu or step has a kink between p-h and p+h.</source>
        <translation>수치 미분과 역전파가 다릅니다: 중앙 차분 (L(p+h) - L(p-h)) / 2h는 손실이 크거나 평평하면 반올림 오차가 생기고, p-h와 p+h 사이에 relu나 계단 함수의 꺾인 점이 있으면 틀립니다.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>{0}: {1} is not a finite number; the value stays as it was.</source>
        <translation>{0}: {1}은(는) 유한한 숫자가 아닙니다. 값은 그대로 둡니다.</translation>
    </message>
</context>
<context>
    <name>ParamTable</name>
    <message>
        <location line="+78" />
        <source>Parameter table</source>
        <translation>파라미터 표</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show in the loss landscape</source>
        <translation>손실 지형에 표시</translation>
    </message>
</context>
<context>
    <name>PerceptronPage</name>
    <message>
        <location filename="../../gui/lessons/perceptron_page.py" line="+122" />
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weights and bias</source>
        <translation>가중치와 편향</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presets</source>
        <translation>미리 정한 값</translation>
    </message>
    <message>
        <location line="+2" />
        <source>input {0}</source>
        <translation>입력 {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weight {0}</source>
        <translation>가중치 {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bias theta</source>
        <translation>편향 theta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>y = 1 if w1*x1 + w2*x2 &gt; theta, else 0</source>
        <translation>w1*x1 + w2*x2 &gt; theta이면 y = 1, 아니면 0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lecture In[1]</source>
        <translation>강의 In[1]</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+23" />
        <source>{0} gate</source>
        <translation>{0} 게이트</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Decision line w1*x1 + w2*x2 = theta (blue side: y = 1)</source>
        <translation>결정경계 w1*x1 + w2*x2 = theta (파란 쪽: y = 1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>weighted sum: {0} × {1} + {2} × {3} = {4}</source>
        <translation>가중합: {0} × {1} + {2} × {3} = {4}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} &gt; theta = {1}, so the perceptron fires</source>
        <translation>{0} &gt; theta = {1} 이므로 퍼셉트론이 활성화됩니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} ≤ theta = {1}, so the perceptron does not fire</source>
        <translation>{0} ≤ theta = {1} 이므로 퍼셉트론이 활성화되지 않습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>output y = {0}</source>
        <translation>출력 y = {0}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>sum</source>
        <translation>가중합</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The table runs these weights on the four inputs of a logic gate; rows with y = 1 are lit. Try the gate presets.</source>
        <translation>표는 이 가중치를 논리 게이트의 네 입력에 적용한 결과입니다. y = 1인 행은 밝게 표시됩니다. 게이트 예시를 눌러 보세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} gate: these weights get {1} of 4 rows right.</source>
        <translation>{0} 게이트: 이 가중치는 4행 중 {1}행을 맞힙니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>XOR cannot be done by one perceptron: no line separates its four points. Its rows demand 0 ≤ theta, w1 &gt; theta, w2 &gt; theta and w1 + w2 ≤ theta. The middle two give w1 + w2 &gt; 2 theta, and 2 theta ≥ theta because the first makes theta ≥ 0: that breaks the last. These weights get {0} of 4 right; of {1} lines tried, the best gets {2}. Two layers can: see the next page.</source>
        <translation>XOR은 퍼셉트론 하나로 만들 수 없습니다: 네 점을 가르는 직선이 없습니다. 각 행이 요구하는 조건은 0 ≤ theta, w1 &gt; theta, w2 &gt; theta, w1 + w2 ≤ theta입니다. 가운데 두 조건에서 w1 + w2 &gt; 2 theta이고, 첫 조건으로 theta ≥ 0이므로 2 theta ≥ theta: 마지막 조건과 모순입니다. 이 가중치는 4행 중 {0}행을 맞히고, 시험한 직선 {1}개 중 가장 좋은 것도 {2}행입니다. 층을 쌓으면 됩니다: 다음 페이지를 보세요.</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <location filename="../../gui/controls/point_editor.py" line="+117" />
        <source>&amp;Draw points</source>
        <translation>점 그리기(&amp;D)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Click: class {0} (keys 0-4); right: 0; drag: erase</source>
        <translation>클릭: 클래스 {0} (0-4 키), 오른쪽: 0, 끌기: 지우기</translation>
    </message>
    <message>
        <location line="+39" />
        <source>points: {0}</source>
        <translation>점: {0}개</translation>
    </message>
    <message>
        <location line="+2" />
        <source>points: {0} class 1, {1} class 0</source>
        <translation>점: 클래스 1 {0}개, 클래스 0 {1}개</translation>
    </message>
    <message>
        <location line="-4" />
        <source>no points</source>
        <translation>점 없음</translation>
    </message>
    <message>
        <location line="-94" />
        <source>This output has {0} classes: pick one from 0 to {1}.</source>
        <translation>이 출력층의 클래스는 {0}개입니다. 0부터 {1}까지에서 고르세요.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Click: class {0}</source>
        <translation>클릭: 클래스 {0}</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+17" />
        <source>class {0}</source>
        <translation>클래스 {0}</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Points drawn by hand have classes: not for a regression output</source>
        <translation>직접 그린 점에는 클래스가 있습니다. 회귀 출력층에는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw the data by hand on the decision boundary: click to add a point (left: the picked class, keys 0-4 pick it; right or Shift+left: class 0), drag to erase; the network trains on them</source>
        <translation>결정경계 위에 데이터를 손으로 그립니다: 클릭하면 점을 더하고 (왼쪽: 고른 클래스, 0-4 키로 고름, 오른쪽 또는 Shift+왼쪽: 클래스 0), 끌면 지웁니다. 신경망은 이 점들로 학습합니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The class a left click adds (keys 0-4 while drawing)</source>
        <translation>왼쪽 클릭으로 더할 점의 클래스 (그리는 동안 0-4 키로 고릅니다)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>class of a drawn point</source>
        <translation>그린 점의 클래스</translation>
    </message>
    <message>
        <location line="+61" />
        <source>points of classes 0 to {0}: {1}</source>
        <translation>클래스 0부터 {0}까지의 점: {1}</translation>
    </message>
    <message>
        <location line="+71" />
        <source>A data set holds at most {0} points.</source>
        <translation>데이터 세트에는 점이 최대 {0}개까지 들어갑니다.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/core_messages.py" line="+6" />
        <source>&amp;Look in:</source>
        <translation>다음에서 찾기(&amp;L):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <location filename="../../gui/menus/sessions.py" line="+30" />
        <source>MLP Playground session (*.json)</source>
        <translation>MLP Playground 세션 (*.json)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+14" />
        <source>Cannot save the session</source>
        <translation>세션을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location line="-13" />
        <source>nothing is shown yet; wait for the first picture.</source>
        <translation>아직 표시된 것이 없습니다. 첫 그림이 나올 때까지 기다리세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saving {0}...</source>
        <translation>{0} 저장 중...</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Session saved to {0} (epoch {1})</source>
        <translation>세션을 {0}에 저장했습니다 (epoch {1})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opening {0}...</source>
        <translation>{0} 여는 중...</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot open the session</source>
        <translation>세션을 열 수 없습니다</translation>
    </message>
    <message>
        <location line="+11" />
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
    <name>ShapeEditor</name>
    <message>
        <location filename="../../gui/controls/shape_editor.py" line="+95" />
        <source>remove the last hidden layer</source>
        <translation>마지막 은닉층을 뺍니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>add a hidden layer (at most {0})</source>
        <translation>은닉층을 하나 더합니다 (최대 {0}개)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>number of hidden layers</source>
        <translation>은닉층 수</translation>
    </message>
    <message>
        <location line="+2" />
        <source>layer {0}</source>
        <translation>{0}층</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one neuron fewer in hidden layer {0}</source>
        <translation>은닉층 {0}의 뉴런을 하나 줄입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one neuron more in hidden layer {0} (at most {1})</source>
        <translation>은닉층 {0}의 뉴런을 하나 늘립니다 (최대 {1}개)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>neurons in hidden layer {0}</source>
        <translation>은닉층 {0}의 뉴런 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the activation function of hidden layer {0}</source>
        <translation>은닉층 {0}의 활성화 함수</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+135" />
        <source>per layer</source>
        <translation>층마다 다름</translation>
    </message>
    <message>
        <location line="-116" />
        <source>{0}: {1} is not a shape; type neuron counts like 3 or 4,4</source>
        <translation>{0}: {1}은(는) 신경망 모양이 아닙니다. 3이나 4,4처럼 층마다 뉴런 수를 입력하세요</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0}: {1} has {2} layers, at most {3} are allowed</source>
        <translation>{0}: {1}은(는) 층이 {2}개입니다. 최대 {3}개까지 됩니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0}: {1} neurons in a layer; a layer has 1 to {2}</source>
        <translation>{0}: 한 층에 뉴런 {1}개는 안 됩니다. 한 층은 1~{2}개입니다</translation>
    </message>
    <message>
        <location line="+10" />
        <source>; kept {0}.</source>
        <translation>; {0}을(를) 유지합니다.</translation>
    </message>
</context>
<context>
    <name>SpeedRow</name>
    <message>
        <location filename="../../gui/controls/training_hints.py" line="-33" />
        <source>full speed</source>
        <translation>최대 속도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>as fast as this machine trains (the slider's last step)</source>
        <translation>이 컴퓨터가 학습할 수 있는 가장 빠른 속도 (슬라이더의 마지막 칸)</translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <location filename="../../gui/panels/status_message.py" line="+90" />
        <location line="+20" />
        <source>Status message</source>
        <translation>상태 메시지</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Whole status &amp;message</source>
        <translation>상태 메시지 전체 보기(&amp;M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The status bar's last message in full, in a box</source>
        <translation>상태 표시줄의 마지막 메시지를 상자에 전부 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../../gui/menus/theme_menu.py" line="+13" />
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <location line="+35" />
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow the system's light or dark colour scheme</source>
        <translation>시스템의 밝은 또는 어두운 색 구성표를 따릅니다</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../gui/panels/timeline_bar.py" line="+115" />
        <source>Epoch {0} cannot be shown again: {1}</source>
        <translation>epoch {0}을(를) 다시 보여 줄 수 없습니다: {1}</translation>
    </message>
    <message>
        <location line="+37" />
        <source>epoch {0} (latest {1})</source>
        <translation>epoch {0} (최신 {1})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Back to latest</source>
        <translation>최신으로</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the latest epoch again; training goes on from it all along</source>
        <translation>최신 epoch를 다시 보여 줍니다. 학습은 그동안 계속 최신 epoch에서 이어집니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scrub back through the epochs seen: the network, the decision boundary, the loss and the table show that epoch's state</source>
        <translation>지나온 epoch를 되돌려 봅니다: 신경망, 결정경계, 손실, 표가 그 epoch의 상태를 보여 줍니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
</context>
<context>
    <name>TrainingActions</name>
    <message>
        <location filename="../../gui/menus/training_actions.py" line="+76" />
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
        <location line="+1" />
        <source>Previous sample</source>
        <translation>이전 샘플</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Display the previous training point</source>
        <translation>이전 학습 데이터를 표시합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next sample</source>
        <translation>다음 샘플</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Display the next training point</source>
        <translation>다음 학습 데이터를 표시합니다</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <location filename="../../gui/panels/status.py" line="+66" />
        <source>accuracy {0}</source>
        <translation>정확도 {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>R² {0}</source>
        <translation>결정계수 R² {0}</translation>
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
        <location line="+2" />
        <source>loss: no points</source>
        <translation>손실: 점 없음</translation>
    </message>
    <message>
        <location line="+3" />
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
    <name>UserSettings</name>
    <message>
        <location filename="../../gui/menus/settings.py" line="+91" />
        <source>Settings will not be remembered: the settings file {0} is not a regular file, so it was not read</source>
        <translation>설정이 기억되지 않습니다: 설정 파일 {0}이(가) 일반 파일이 아니어서 읽지 않았습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings will not be remembered: the settings file {0} is larger than {1} MB, so it was not read</source>
        <translation>설정이 기억되지 않습니다: 설정 파일 {0}이(가) {1} MB보다 커서 읽지 않았습니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Settings will not be remembered: the settings file {0} cannot be written</source>
        <translation>설정이 기억되지 않습니다: 설정 파일 {0}에 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../gui/menus/view_menu.py" line="+10" />
        <source>English</source>
        <translation>영어 (English)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Korean</source>
        <translation>한국어 (Korean)</translation>
    </message>
    <message>
        <location line="+64" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Discreti&amp;ze output</source>
        <translation>출력 이산화(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw the decision boundary's heatmap in two colours (P(y=1) from 0.5 up or below) instead of shading the probability</source>
        <translation>결정경계의 히트맵을 확률의 음영 대신 두 색 (P(y=1)이 0.5 이상인지 미만인지)으로 그립니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Larger text in the diagram, the plots and the table, for a projector</source>
        <translation>프로젝터용으로 도표, 그래프, 표의 글자를 크게</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Actual size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <location filename="../../gui/panels/weight_editor.py" line="+70" />
        <source>{0}: type a value, Enter sets it, Escape leaves it</source>
        <translation>{0}: 값을 입력하세요. Enter로 바꾸고 Esc로 그대로 둡니다</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{0}: {1} is not a finite number; the value stays as it was.</source>
        <translation>{0}: {1}은(는) 유한한 수가 아니므로 값을 그대로 둡니다.</translation>
    </message>
</context>
</TS>
